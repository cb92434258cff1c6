import { tick } from '../facts.js';
import { availabilityOfCall, first, latencyOfCall } from '../feasibility.js';
import { definePattern, Tally } from '../pattern.js';

export default definePattern({
  id: 'query-through',
  name: 'Query the owner on demand (optionally cached)',
  decisionKind: 'data',
  whenItFits: 'Reads must be fresh, or are rare enough that a call per read is cheap.',
  costs: 'The owner’s latency and availability join the read path.',
  failureModes: ['the owner’s outage fails every read', 'read load overwhelms the owner'],
  mitigation: 'A timeout, a breaker and a cache bounded by the stated freshness as fallback.',
  verification: 'Chaos test: the owner is down; reads fail fast or serve the cache within its freshness.',
  score({ design, datum, facts }) {
    const t = new Tally(50);
    if (!datum) return t.done();
    const name = tick(datum.name);
    const owner = datum.owner ? tick(datum.owner) : 'the owner';
    if (datum.freshness?.ms === 0) t.pro(25, `${name} must be read at freshness 0s, which only the owner can give`);
    else if (datum.freshness && datum.freshness.ms >= 60_000) t.con(5, `${name} tolerates ${datum.freshness.text}, so a live call buys freshness nobody needs`);
    const consistency = design.nfr.consistency[datum.name];
    if (consistency === 'strong') t.pro(15, `consistency for ${name} is strong, so every read goes to ${owner}, its system of record`);
    if (facts.peakRps !== undefined && facts.peakRps >= 500) t.con(10, `at ${facts.peakRps} rps peak every request reads from ${owner}`);
    const dependency = design.dependencies.find((d) => d.name === datum.owner);
    if (dependency?.fallback) t.pro(5, `a fallback already exists for ${tick(dependency.name)}: ${dependency.fallback}`);
    if (dependency?.availability && facts.availabilityTarget !== undefined && dependency.availability.percent < facts.availabilityTarget) {
      t.con(
        10,
        `${tick(dependency.name)} promises ${dependency.availability.text}, below the ${design.nfr.availability!.text} target, and every read waits on it`,
      );
    }
    return t.done();
  },
  feasibility({ design, datum, facts }) {
    const owner = datum && design.dependencies.find((d) => d.name === datum.owner);
    return owner ? first(latencyOfCall(facts, owner), availabilityOfCall(design, facts, owner)) : null;
  },
});
