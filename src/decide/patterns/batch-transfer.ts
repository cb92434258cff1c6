import { dataFrom } from '../facts.js';
import { definePattern, Tally } from '../pattern.js';

export default definePattern({
  id: 'batch-transfer',
  name: 'Batch or file transfer',
  kind: 'integration',
  fits: 'Large volumes whose consumers tolerate hours of delay (reporting, reconciliation, exports).',
  costs: 'Hours of staleness; a failed batch delays everything in it.',
  failureModes: ['a failed or partial batch goes unnoticed', 'a batch outgrows its window'],
  mitigation: 'Checksummed, idempotent batches with a completion marker and an alert on a missed window.',
  verification: 'Corrupt a batch file (rejected and alerted); re-run a batch (no duplicates).',
  score({ design, dependency, facts }) {
    const t = new Tally(30);
    if (!dependency) return t.done();
    const slow = dataFrom(design, dependency).filter((d) => (d.freshness?.ms ?? 0) >= 3_600_000);
    if (slow.length) t.pro(25, `${slow.map((d) => `\`${d.name}\` tolerates ${d.freshness!.text}`).join(', ')} of staleness`);
    if (dependency.critical) t.con(25, `\`${dependency.name}\` is critical to each request, which a batch cannot serve`);
    if (facts.p99Ms !== undefined) t.con(5, `the service answers within a ${facts.p99Ms}ms p99, while batches deliver hours late`);
    return t.done();
  },
});
