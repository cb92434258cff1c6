import { definePattern, Tally } from '../pattern.js';

export default definePattern({
  id: 'export-replica-snapshot',
  name: 'Exports read from a replica or snapshot',
  decisionKind: 'export',
  whenItFits: 'Exports and reports that can read data a few seconds to minutes old without loading the primary.',
  costs: 'A read replica or snapshot to run; exports see the replica’s lag.',
  failureModes: ['a long export query still slows the replica others read'],
  mitigation: 'A dedicated replica for exports with a statement timeout, and replication lag alerting.',
  verification: 'Run the largest export during a load test: primary p99 unchanged, export completes within its window.',
  score({ design }) {
    const t = new Tally(55);
    if (design.data.owned.some((d) => d.store)) t.pro(10, 'long export queries stay off the primary that serves requests');
    if (design.nfr.latency?.p99) t.pro(5, `the request path keeps its ${design.nfr.latency.p99.text} p99 while exports run`);
    t.con(5, 'exports see the replica’s lag');
    return t.done();
  },
  feasibility({ design }) {
    const fresh = design.data.referenced.filter((d) => d.freshness?.ms === 0).map((d) => d.name);
    return fresh.length
      ? { because: `freshness: ${fresh.join(', ')} must be read at 0s, and a replica lags`, move: 'allow the export to read data a few seconds old' }
      : null;
  },
});
