import { formatPercent } from '../../model/units.js';
import { brokerCost, brokerMisfits, compositeWithout, isRead, otherTeam, streamsConsumedBy, tick } from '../facts.js';
import { answerNeeded } from '../feasibility.js';
import { definePattern, Tally } from '../pattern.js';

export default definePattern({
  id: 'command-queue',
  name: 'Command queue (point-to-point, at-least-once)',
  decisionKind: 'integration',
  whenItFits: 'One consumer must do the work eventually; the caller needs an acknowledgement, not the result.',
  costs: 'A broker to run; at-least-once delivery means deduplication and a dead-letter queue.',
  failureModes: ['duplicate processing after redelivery', 'poison messages block the queue', 'backlog grows unnoticed'],
  mitigation: 'Idempotent handling on a message id, a dead-letter queue with an alert, a consumer-lag alert.',
  verification: 'Deliver the same command twice (one effect); publish a malformed one (it lands in the DLQ); stop consumers (the lag alert fires).',
  score(input) {
    const { design, dependency, facts } = input;
    const t = new Tally(45);
    if (!dependency) return t.done();
    const name = tick(dependency.name);
    if (dependency.critical) t.con(25, `${name} is critical: a queued command leaves the caller no answer to return`);
    else if (!isRead(dependency)) t.pro(20, `${name} is not critical, so the request can return once the command is queued`);
    if (facts.availabilityTarget !== undefined && dependency.availability && dependency.critical) {
      const lifted = compositeWithout(facts, dependency);
      if (lifted >= facts.availabilityTarget && facts.compositePercent < facts.availabilityTarget) {
        t.pro(
          15,
          `queueing takes ${name} off the critical path, lifting the availability bound from ${formatPercent(facts.compositePercent)} to ${formatPercent(lifted)} (target ${formatPercent(facts.availabilityTarget)})`,
        );
      }
    }
    if (!dependency.critical && streamsConsumedBy(design, dependency.name).length === 0 && dependency.kind !== 'topic') {
      t.pro(5, `${name} consumes none of the service’s event streams, so a point-to-point command reaches exactly it`);
    }
    if (dependency.ordering) t.con(10, `messages to ${name} must stay ordered by \`${dependency.ordering}\`, which competing queue consumers do not keep`);
    if (dependency.delivery === 'at-most-once') t.pro(5, `delivery to ${name} is at-most-once (best effort), so a queue acknowledged on receipt is enough`);
    if (dependency.delivery === 'exactly-once') t.con(10, `delivery to ${name} is exactly-once, while a queue redelivers, so every consumer must deduplicate`);
    const fanOut = dependency.fanOut?.max;
    if (fanOut === 'unbounded' || (typeof fanOut === 'number' && fanOut > 1))
      t.pro(10, `calls to ${name} fan out (max ${fanOut}): a queue bounds the work by consumer concurrency`);
    if (facts.peakRps !== undefined && facts.peakRps >= 500)
      t.pro(10, `a queue absorbs the ${facts.peakRps} rps peak and lets consumers work at their own pace`);
    brokerCost(t, facts);
    const team = otherTeam(input, dependency.name);
    if (team) t.pro(5, `${name} is run by ${tick(team)}; a queue lets each side release and fail on its own`);
    for (const [penalty, misfit] of brokerMisfits(design, dependency)) t.con(penalty, misfit);
    return t.done();
  },
  feasibility({ design, dependency }) {
    return dependency ? answerNeeded(design, dependency) : null;
  },
});
