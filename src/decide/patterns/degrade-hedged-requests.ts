import { formatMs } from '../../model/units.js';
import { tick } from '../facts.js';
import { definePattern, Tally } from '../pattern.js';

export default definePattern({
  id: 'degrade-hedged-requests',
  name: 'Hedged requests (a second request after the p95)',
  decisionKind: 'degradation',
  whenItFits: 'An idempotent call whose tail, not its outages, breaks the budget.',
  costs: 'A few percent more load on the dependency; no help when it is down.',
  failureModes: ['hedges add load during an overload and deepen it'],
  mitigation: 'Hedge only after the p95 and cap hedges at a few percent of calls with a budget.',
  verification: 'A load test with an injected slow replica shows the p99 falling and the hedge rate staying under its cap.',
  score({ dependency, facts }) {
    const t = new Tally(40);
    if (!dependency) return t.done();
    const name = tick(dependency.name);
    const p99 = dependency.latency?.p99;
    if (p99 && facts.p99Ms !== undefined && p99.ms > facts.p99Ms / 2)
      t.pro(
        35,
        `${name}’s p99 of ${p99.text} is over half the ${formatMs(facts.p99Ms)} budget: its tail, not its outages, is the problem, and hedging cuts the tail`,
      );
    const outages =
      dependency.availability === undefined || (facts.availabilityTarget !== undefined && dependency.availability.percent < facts.availabilityTarget);
    if (outages) t.con(15, `a hedge does not help when ${name} is down, only when it is slow`);
    return t.done();
  },
  feasibility({ dependency }) {
    if (!dependency || dependency.idempotent || dependency.idempotencyKey) return null;
    return {
      because: `idempotency: a hedge sends the call to ${tick(dependency.name)} twice, and it is neither idempotent nor keyed`,
      move: `make calls to ${tick(dependency.name)} idempotent (\`idempotencyKey: true\`)`,
    };
  },
});
