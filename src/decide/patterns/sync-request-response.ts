import { formatPercent } from '../../model/units.js';
import { compositeWithout, dataFrom } from '../facts.js';
import { definePattern, Tally } from '../pattern.js';

export default definePattern({
  id: 'sync-request-response',
  name: 'Synchronous request/response (REST, gRPC)',
  kind: 'integration',
  fits: 'The caller needs the answer to respond, and the callee is fast and highly available.',
  costs: 'The callee’s latency and failures become the caller’s; availability multiplies along the path.',
  failureModes: ['callee outage or slowness cascades into the caller', 'retry storms amplify an overload'],
  mitigation: 'Timeouts within the deadline, retries with jitter at one layer, a circuit breaker and a fallback.',
  verification: 'Chaos test: the callee hangs and errors; the caller answers within its deadline and SLO.',
  score({ design, dependency, facts }) {
    const t = new Tally(50);
    if (!dependency) return t.done();
    const name = `\`${dependency.name}\``;
    if (dependency.critical) t.pro(25, `${name} is critical: the request cannot complete without its answer`);
    else t.con(10, `${name} is not critical, so the caller need not wait for it`);
    const fresh = dataFrom(design, dependency).filter((d) => d.freshness?.ms === 0);
    if (fresh.length) t.pro(10, `${fresh.map((d) => `\`${d.name}\``).join(', ')} must be read at freshness 0s, which only a live call gives`);
    if (facts.availabilityTarget !== undefined && dependency.availability) {
      const bound = (compositeWithout(facts, dependency) * dependency.availability.percent) / 100;
      if (bound < facts.availabilityTarget) t.con(20, `with ${name} on the synchronous path availability is bounded at ${formatPercent(bound)}, below the ${formatPercent(facts.availabilityTarget)} target`);
    }
    const p99 = dependency.latency?.p99;
    if (p99 && facts.p99Ms && p99.ms / facts.p99Ms > 0.4) t.con(10, `${name}’s p99 of ${p99.text} takes ${Math.round((p99.ms / facts.p99Ms) * 100)}% of the ${facts.p99Ms}ms p99 budget`);
    if (facts.peakRps !== undefined && facts.peakRps >= 1000) t.con(5, `all ${facts.peakRps} rps at peak wait on ${name}`);
    return t.done();
  },
});
