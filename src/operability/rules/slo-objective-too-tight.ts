import { formatPercent, round } from '../../model/units.js';
import { defineDesignRule } from '../../core/design-rule.js';
import { BURN_ALERTS, threshold } from '../burn-rates.js';

export default defineDesignRule({
  id: 'slo-objective-too-tight',
  stage: 'failure-modes',
  category: 'operability',
  severity: 'warn',
  description: 'At the expected traffic, one failed request in five minutes does not already page.',
  rationale:
    'The fast-burn page needs the 5-minute bad ratio above its threshold. When traffic is low and the objective high, a single failed request crosses it: every blip pages, and people learn to ignore the pager. Sloth and Pyrra generate such rules without a word.',
  fix: 'Lower the objective, lengthen the short window by paging on the 6h/30m pair only, or measure at a level with more traffic (synthetic probes, aggregated endpoints).',
  verify: 'A promtool test with one error in five minutes at the average rate does not page.',
  references: ['Google SRE workbook, ch. 5 "Alerting on SLOs": low-traffic services'],
  examples: {
    bad: 'archway: 1\nservice: { name: admin }\nnfr: { throughput: { peakRps: 2, averageRps: 0.5 } }\nslos:\n  - { name: availability, sli: { kind: availability }, objective: 99.99%, window: 28d }\n',
    good: 'archway: 1\nservice: { name: admin }\nnfr: { throughput: { peakRps: 2, averageRps: 0.5 } }\nslos:\n  - { name: availability, sli: { kind: availability }, objective: 99%, window: 28d }\n',
  },
  check({ design, report }) {
    const rps = design.nfr.throughput?.averageRps ?? design.nfr.throughput?.peakRps;
    if (!rps) return;
    const requests = rps * 300;
    const oneFailure = 1 / requests;
    const fast = BURN_ALERTS[0];
    for (const slo of design.slos) {
      // A 100% objective has no budget at all; slo-invalid reports it.
      if (!slo.page || slo.objective.percent >= 100) continue;
      const limit = threshold(fast, slo);
      if (oneFailure <= limit) continue;
      report({
        pointer: `${slo.pointer}/objective`,
        message: `at ${rps} rps a 5-minute window holds ${round(requests, 1)} requests, so one failure is ${formatPercent(oneFailure * 100)} bad, above the ${formatPercent(limit * 100)} fast-burn threshold of ${slo.objective.text}: a single error pages`,
        data: { rps, requestsIn5m: round(requests, 2), oneFailureRatio: round(oneFailure, 8), pageThreshold: limit },
      });
    }
  },
});
