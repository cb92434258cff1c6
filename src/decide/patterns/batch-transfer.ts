import { dataFrom, tick, ticks } from '../facts.js';
import { answerNeeded, first, freshnessOfCopy } from '../feasibility.js';
import { definePattern, Tally } from '../pattern.js';

/** An hour: data that may be this old can travel in batches. */
const BATCH_FRESHNESS_MS = 3_600_000;

export default definePattern({
  id: 'batch-transfer',
  name: 'Batch or file transfer',
  decisionKind: 'integration',
  whenItFits: 'Large volumes whose consumers tolerate hours of delay (reporting, reconciliation, exports).',
  costs: 'Hours of staleness; a failed batch delays everything in it.',
  failureModes: ['a failed or partial batch goes unnoticed', 'a batch outgrows its window'],
  mitigation: 'Checksummed, idempotent batches with a completion marker and an alert on a missed window.',
  verification: 'Corrupt a batch file (rejected and alerted); re-run a batch (no duplicates).',
  score({ design, dependency, facts }) {
    const t = new Tally(30);
    if (!dependency) return t.done();
    const name = tick(dependency.name);
    const data = dataFrom(design, dependency);
    const slow = data.filter((d) => (d.freshness?.ms ?? 0) >= BATCH_FRESHNESS_MS);
    if (slow.length) t.pro(25, `${slow.map((d) => `${tick(d.name)} tolerates ${d.freshness!.text}`).join(', ')} of staleness`);
    else t.con(10, `no data from ${name} is declared to tolerate an hour of staleness`);
    if (data.some((d) => d.via === 'file')) t.pro(10, `${ticks(data.filter((d) => d.via === 'file').map((d) => d.name))} already arrives as files`);
    if (dependency.critical) t.con(25, `${name} is critical to each request, which a batch cannot serve`);
    if (facts.p99Ms !== undefined && !slow.length) t.con(5, `the service answers within a ${facts.p99Ms}ms p99, while batches deliver hours late`);
    return t.done();
  },
  feasibility({ design, dependency }) {
    return dependency ? first(answerNeeded(design, dependency), freshnessOfCopy(dataFrom(design, dependency), BATCH_FRESHNESS_MS, 'a batch')) : null;
  },
});
