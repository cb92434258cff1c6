import { definePattern, Tally } from '../pattern.js';

export default definePattern({
  id: 'replicate-data',
  name: 'Replicate through events (event-carried state transfer)',
  kind: 'data',
  fits: 'Reads are frequent, the data tolerates some staleness, and its owner publishes changes.',
  costs: 'A local copy to store and keep in sync; staleness up to the replication lag.',
  failureModes: ['the replica lags or misses an event and serves stale data', 'the copy is mistaken for the system of record'],
  mitigation: 'A replication-lag metric with an alert at the stated freshness; periodic reconciliation against the owner.',
  verification: 'Pause the owner’s events; the lag alert fires before staleness exceeds the stated freshness.',
  score({ datum, facts }) {
    const t = new Tally(45);
    if (!datum) return t.done();
    const name = `\`${datum.name}\``;
    const freshness = datum.freshness;
    if (freshness && freshness.ms === 0) t.con(30, `${name} must be read at freshness 0s, which a replica cannot promise`);
    else if (freshness && freshness.ms >= 60_000) t.pro(20, `${name} tolerates ${freshness.text} of staleness, which covers replication lag`);
    if (datum.via === 'event') t.pro(10, `${datum.owner ?? 'its owner'} already publishes ${name} as events`);
    if (facts.peakRps !== undefined && facts.peakRps >= 500) t.pro(10, `at ${facts.peakRps} rps peak, local reads spare ${datum.owner ?? 'the owner'} a call per request`);
    return t.done();
  },
});
