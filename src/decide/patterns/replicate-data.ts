import { tick } from '../facts.js';
import { consistencyOfCopy, first, freshnessOfCopy } from '../feasibility.js';
import { definePattern, Tally } from '../pattern.js';

export default definePattern({
  id: 'replicate-data',
  name: 'Replicate through events (event-carried state transfer)',
  decisionKind: 'data',
  whenItFits: 'Reads are frequent, the data tolerates some staleness, and its owner publishes changes.',
  costs: 'A local copy to store and keep in sync; staleness up to the replication lag.',
  failureModes: ['the replica lags or misses an event and serves stale data', 'the copy is mistaken for the system of record'],
  mitigation: 'A replication-lag metric with an alert at the stated freshness; periodic reconciliation against the owner.',
  verification: 'Pause the owner’s events; the lag alert fires before staleness exceeds the stated freshness.',
  score({ design, datum, facts }) {
    const t = new Tally(45);
    if (!datum) return t.done();
    const name = tick(datum.name);
    const owner = datum.owner ? tick(datum.owner) : 'its owner';
    const freshness = datum.freshness;
    if (freshness && freshness.ms === 0) t.con(30, `${name} must be read at freshness 0s, which a replica cannot promise`);
    else if (freshness && freshness.ms >= 60_000) t.pro(20, `${name} tolerates ${freshness.text} of staleness, which covers replication lag`);
    const consistency = design.nfr.consistency[datum.name];
    if (consistency === 'strong') t.con(20, `consistency for ${name} is strong, which a replica updated after the fact cannot give`);
    else if (consistency === 'eventual') t.pro(10, `consistency for ${name} is eventual, which a replica gives`);
    if (datum.via === 'event' || datum.via === 'replica') t.pro(10, `${owner} already publishes ${name} (\`via: ${datum.via}\`)`);
    if (facts.peakRps !== undefined && facts.peakRps >= 500) t.pro(10, `at ${facts.peakRps} rps peak, local reads spare ${owner} a call per request`);
    return t.done();
  },
  feasibility({ design, datum }) {
    return datum ? first(freshnessOfCopy([datum], 1, 'a replica'), consistencyOfCopy(design, [datum])) : null;
  },
});
