import { strongData, tick, ticks } from '../facts.js';
import { definePattern, Tally } from '../pattern.js';

export default definePattern({
  id: 'saga-orchestration',
  name: 'Saga, orchestrated',
  decisionKind: 'consistency',
  whenItFits: 'A business transaction spans several services and needs compensation in a defined order.',
  costs: 'An orchestrator (a workflow engine or a state machine) with durable state to run.',
  failureModes: ['a compensation fails and leaves a half-done transaction', 'the orchestrator becomes a bottleneck'],
  mitigation: 'Idempotent steps and compensations, a durable saga log, an alert on sagas stuck past a deadline.',
  verification: 'Fail each step in turn in staging; every earlier step is compensated and the saga ends in a terminal state.',
  score({ design, facts }) {
    const t = new Tally(55);
    const steps = facts.writes.map((d) => d.name);
    if (steps.length >= 3) t.pro(15, `${steps.length} writes (${ticks(steps)}) need compensation in a defined order`);
    else t.pro(5, `the writes to ${ticks(steps)} are coordinated, and their state visible, in one place`);
    const strong = strongData(design);
    if (strong.length)
      t.pro(
        10,
        `consistency for ${ticks(strong)} is strong: the orchestrator knows at every moment whether a transaction completed, and compensates in order when it did not`,
      );
    t.con(5, `${tick(design.service.name)} must run an orchestrator with durable state for every transaction across ${ticks(steps)}`);
    return t.done();
  },
});
