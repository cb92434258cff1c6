import { formatPercent } from '../../model/units.js';
import { compositeWith, dataFrom, isRead, otherTeam, strongDataFrom, tick, ticks } from '../facts.js';
import { availabilityOfCall, first, latencyOfCall } from '../feasibility.js';
import { definePattern, Tally } from '../pattern.js';

export default definePattern({
  id: 'sync-request-response',
  name: 'Synchronous request/response (REST, gRPC)',
  decisionKind: 'integration',
  whenItFits: 'The caller needs the answer to respond, and the callee is fast and highly available.',
  costs: 'The callee’s latency and failures become the caller’s; availability multiplies along the path.',
  failureModes: ['callee outage or slowness cascades into the caller', 'retry storms amplify an overload'],
  mitigation: 'Timeouts within the deadline, retries with jitter at one layer, a circuit breaker and a fallback.',
  verification: 'Chaos test: the callee hangs and errors; the caller answers within its deadline and SLO.',
  score(input) {
    const { design, dependency, facts } = input;
    const t = new Tally(50);
    if (!dependency) return t.done();
    const name = tick(dependency.name);
    if (dependency.critical && dependency.fallback) t.pro(15, `${name} is critical, and its fallback (${dependency.fallback}) answers when it fails`);
    else if (dependency.critical) t.pro(25, `${name} is critical: the request cannot complete without its answer`);
    else t.con(10, `${name} is not critical, so the caller need not wait for it`);
    if (isRead(dependency)) t.pro(10, `${name} is idempotent (a read), and only a call brings its answer back`);
    const strong = strongDataFrom(design, dependency);
    if (strong.length) t.pro(10, `consistency for ${ticks(strong)} is strong, so the call confirms the write before the request returns`);
    const fresh = dataFrom(design, dependency).filter((d) => d.freshness?.ms === 0);
    if (fresh.length) t.pro(10, `${ticks(fresh.map((d) => d.name))} must be read at freshness 0s, which only a live call gives`);
    if (dependency.delivery === 'exactly-once') {
      if (dependency.idempotencyKey) t.pro(5, `delivery to ${name} is exactly-once, which an idempotency key on a synchronous retry gives`);
      else t.con(5, `delivery to ${name} is exactly-once, but its calls carry no idempotency key, so a retry can apply twice`);
    }
    if (dependency.delivery === 'at-most-once') t.con(5, `delivery to ${name} is at-most-once (best effort), so nothing needs the caller to wait`);
    // Only a critical dependency fails the request when it fails, so only it bounds availability.
    if (dependency.critical && facts.availabilityTarget !== undefined && dependency.availability) {
      const bound = compositeWith(facts, dependency);
      const against = `the ${formatPercent(facts.availabilityTarget)} target`;
      if (bound < facts.availabilityTarget)
        t.con(20, `with ${name} on the synchronous path availability is bounded at ${formatPercent(bound)}, below ${against}`);
      else t.pro(5, `with ${name} on the synchronous path availability is bounded at ${formatPercent(bound)}, within ${against}`);
    }
    const p99 = dependency.latency?.p99;
    if (p99 && facts.p99Ms && p99.ms / facts.p99Ms > 0.4)
      t.con(10, `${name}’s p99 of ${p99.text} takes ${Math.round((p99.ms / facts.p99Ms) * 100)}% of the ${facts.p99Ms}ms p99 budget`);
    const fanOut = dependency.fanOut?.max;
    if (fanOut === 'unbounded' || (typeof fanOut === 'number' && fanOut > 1))
      t.con(10, `calls to ${name} fan out (max ${fanOut}), so each request waits on many calls`);
    if (facts.peakRps !== undefined && facts.peakRps >= 1000) t.con(5, `all ${facts.peakRps} rps at peak wait on ${name}`);
    const team = otherTeam(input, dependency.name);
    if (team) t.con(5, `${name} is run by ${tick(team)}, so its releases and outages reach ${tick(design.service.name)} directly`);
    return t.done();
  },
  feasibility({ design, dependency, facts }) {
    return dependency ? first(latencyOfCall(facts, dependency), availabilityOfCall(design, facts, dependency)) : null;
  },
});
