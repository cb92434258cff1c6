import { definePattern, Tally } from '../pattern.js';
import { writes } from '../writes.js';

export default definePattern({
  id: 'saga-orchestration',
  name: 'Saga, orchestrated',
  kind: 'consistency',
  fits: 'A business transaction spans several services and needs compensation in a defined order.',
  costs: 'An orchestrator (a workflow engine or a state machine) with durable state to run.',
  failureModes: ['a compensation fails and leaves a half-done transaction', 'the orchestrator becomes a bottleneck'],
  mitigation: 'Idempotent steps and compensations, a durable saga log, an alert on sagas stuck past a deadline.',
  verification: 'Fail each step in turn in staging; every earlier step is compensated and the saga ends in a terminal state.',
  score({ design }) {
    const t = new Tally(55);
    const steps = writes(design);
    if (steps.length >= 3) t.pro(15, `${steps.length} writes (${steps.map((d) => `\`${d.name}\``).join(', ')}) need compensation in a defined order`);
    else t.pro(5, `the writes to ${steps.map((d) => `\`${d.name}\``).join(' and ')} are coordinated, and their state visible, in one place`);
    t.con(5, 'the orchestrator is one more component with durable state');
    return t.done();
  },
});
