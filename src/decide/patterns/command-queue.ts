import { formatPercent } from '../../model/units.js';
import { brokerMisfits, compositeWithout, streamsConsumedBy } from '../facts.js';
import { definePattern, Tally } from '../pattern.js';

export default definePattern({
  id: 'command-queue',
  name: 'Command queue (point-to-point, at-least-once)',
  kind: 'integration',
  fits: 'One consumer must do the work eventually; the caller needs an acknowledgement, not the result.',
  costs: 'A broker to run; at-least-once delivery means deduplication and a dead-letter queue.',
  failureModes: ['duplicate processing after redelivery', 'poison messages block the queue', 'backlog grows unnoticed'],
  mitigation: 'Idempotent handling on a message id, a dead-letter queue with an alert, a consumer-lag alert.',
  verification: 'Deliver the same command twice (one effect); publish a malformed one (it lands in the DLQ); stop consumers (the lag alert fires).',
  score({ design, dependency, facts }) {
    const t = new Tally(45);
    if (!dependency) return t.done();
    const name = `\`${dependency.name}\``;
    if (dependency.critical) t.con(25, `${name} is critical: a queued command leaves the caller no answer to return`);
    else t.pro(20, `${name} is not critical, so the request can return once the command is queued`);
    if (facts.availabilityTarget !== undefined && dependency.availability && dependency.critical) {
      const lifted = compositeWithout(facts, dependency);
      if (lifted >= facts.availabilityTarget && facts.compositePercent < facts.availabilityTarget) {
        t.pro(20, `queueing takes ${name} off the critical path, lifting the availability bound from ${formatPercent(facts.compositePercent)} to ${formatPercent(lifted)} (target ${formatPercent(facts.availabilityTarget)})`);
      }
    }
    if (!dependency.critical && streamsConsumedBy(design, dependency.name).length === 0 && dependency.kind !== 'topic') {
      t.pro(5, `${name} is the only handler, which is what a point-to-point command is for`);
    }
    for (const [points, reason] of brokerMisfits(design, dependency)) t.con(points, reason);
    if (facts.peakRps !== undefined && facts.peakRps >= 500) t.pro(10, `a queue absorbs the ${facts.peakRps} rps peak and lets consumers work at their own pace`);
    t.con(5, 'at-least-once delivery needs deduplication and a dead-letter queue');
    return t.done();
  },
});
