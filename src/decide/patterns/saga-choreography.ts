import { brokerCost, strongData, ticks, writeTeams } from '../facts.js';
import { definePattern, Tally } from '../pattern.js';

export default definePattern({
  id: 'saga-choreography',
  name: 'Saga, choreographed through events',
  decisionKind: 'consistency',
  whenItFits: 'Few steps owned by autonomous teams, each reacting to the previous step’s event.',
  costs: 'No single place shows a transaction’s state; cyclic event dependencies creep in.',
  failureModes: ['a lost event stalls the transaction with no owner to notice', 'compensation order is implicit'],
  mitigation: 'Correlation ids on every event, a timeout watcher per transaction, event contracts checked by `archway diff`.',
  verification: 'Drop one event in staging; the timeout watcher flags the stalled transaction.',
  score(input) {
    const { design, facts } = input;
    const t = new Tally(45);
    const steps = facts.writes.map((d) => d.name);
    if (steps.length <= 2) t.pro(5, `only ${steps.length} writes (${ticks(steps)}) take part, so few events need following`);
    else t.con(15, `${steps.length} writes (${ticks(steps)}) take part, and no single place would show a transaction’s state`);
    const outboxes = design.dependencies.filter((d) => d.kind === 'topic' && d.direction !== 'inbound' && d.outbox).map((d) => d.name);
    if (outboxes.length) t.pro(10, `the service already publishes ${ticks(outboxes)} through an outbox`);
    brokerCost(t, facts);
    const strong = strongData(design);
    if (strong.length) t.con(15, `consistency for ${ticks(strong)} is strong, and with choreography no single place knows whether a transaction completed`);
    const { others } = writeTeams(input);
    if (others.length) t.pro(5, `the writes go to services of ${others.join(', ')}, which react to events on their own schedule`);
    return t.done();
  },
});
