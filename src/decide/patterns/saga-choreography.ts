import { definePattern, Tally } from '../pattern.js';
import { writes } from '../writes.js';

export default definePattern({
  id: 'saga-choreography',
  name: 'Saga, choreographed through events',
  kind: 'consistency',
  fits: 'Few steps owned by autonomous teams, each reacting to the previous step’s event.',
  costs: 'No single place shows a transaction’s state; cyclic event dependencies creep in.',
  failureModes: ['a lost event stalls the transaction with no owner to notice', 'compensation order is implicit'],
  mitigation: 'Correlation ids on every event, a timeout watcher per transaction, event contracts checked by `archway diff`.',
  verification: 'Drop one event in staging; the timeout watcher flags the stalled transaction.',
  score({ design }) {
    const t = new Tally(45);
    const steps = writes(design);
    if (steps.length <= 2) t.pro(5, `only ${steps.length} writes take part, so few events need to be followed`);
    else t.con(15, `${steps.length} writes take part, and no single place would show a transaction’s state`);
    if (design.dependencies.some((d) => d.kind === 'topic' && d.outbox)) t.pro(10, 'the service already publishes through an outbox');
    return t.done();
  },
});
