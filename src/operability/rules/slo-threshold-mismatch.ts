import { defineDesignRule } from '../../core/design-rule.js';
import type { LatencyPercentile } from '../../model/types.js';

/** The latency percentile a latency SLO's objective states: 99% of requests under T is a p99 of T. */
const PERCENTILE: Readonly<Record<number, LatencyPercentile>> = { 50: 'p50', 90: 'p90', 95: 'p95', 99: 'p99', 99.9: 'p999' };

export default defineDesignRule({
  id: 'slo-threshold-mismatch',
  stage: 'failure-modes',
  category: 'operability',
  severity: 'warn',
  description: 'A latency SLO’s threshold is the latency target the NFRs state for the same percentile.',
  rationale:
    'A latency SLO of “99% of requests under T” is a p99 target of T. When nfr.latency.p99 says something else, the design’s latency budget and the alerts disagree: either the alerts page on requests the design calls fine, or they stay silent on requests it calls too slow.',
  fix: 'Set the SLO’s threshold to the NFR latency of the percentile its objective names, or change the NFR.',
  verify: 'Each latency SLO’s threshold in archway.yaml equals the NFR latency of the percentile its objective names.',
  references: ['Google SRE workbook, ch. 2 "Implementing SLOs"'],
  examples: {
    bad: 'archway: 1\nservice: { name: orders }\nnfr: { latency: { p99: 600ms } }\nslos:\n  - { name: latency, sli: { kind: latency, threshold: 500ms }, objective: 99%, window: 28d }\n',
    good: 'archway: 1\nservice: { name: orders }\nnfr: { latency: { p99: 500ms } }\nslos:\n  - { name: latency, sli: { kind: latency, threshold: 500ms }, objective: 99%, window: 28d }\n',
  },
  check({ design, report }) {
    for (const slo of design.slos) {
      const percentile = PERCENTILE[slo.objective.percent];
      const stated = percentile && design.nfr.latency?.[percentile];
      const threshold = slo.sli.threshold;
      if (slo.sli.kind !== 'latency' || !stated || !threshold || threshold.ms === stated.ms) continue;
      report({
        pointer: `${slo.pointer}/sli/threshold`,
        message: `SLO "${slo.name}" (${slo.objective.text} under ${threshold.text}) is a ${percentile} of ${threshold.text}, but nfr.latency.${percentile} is ${stated.text}`,
        data: { slo: slo.name, percentile, thresholdMs: threshold.ms, nfrMs: stated.ms },
      });
    }
  },
});
