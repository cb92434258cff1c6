import { defineDesignRule } from '../../core/design-rule.js';
import { formatPercent, round } from '../../model/units.js';

/** From this availability up, a zone outage alone spends more than the error budget. */
const MULTI_ZONE_FROM = 99.95;
const MONTH_MINUTES = 30 * 24 * 60;

export default defineDesignRule({
  id: 'single-zone-availability',
  stage: 'failure-modes',
  category: 'recovery',
  severity: 'warn',
  description: 'A service that runs in a single zone does not target 99.95% or more.',
  rationale:
    'Cloud providers design single zones for about 99.9–99.95%; one zone outage of a few hours spends years of a 99.95% budget (21.6 minutes a month). Targets at that level need at least two zones, with the capacity to lose one.',
  fix: 'Run in two or more zones with enough capacity to lose one (`recovery.zones: 3`), or lower the availability target.',
  verify: 'A game day that takes one zone out shows the service meeting its SLO.',
  references: [
    'AWS Well-Architected, Reliability pillar: REL10 "Use fault isolation to protect your workload"',
    'Google Cloud Architecture Framework: "Design for zonal redundancy"',
  ],
  examples: {
    bad: 'archway: 1\nservice: { name: orders }\nnfr: { availability: 99.95% }\nrecovery: { zones: 1 }\n',
    good: 'archway: 1\nservice: { name: orders }\nnfr: { availability: 99.95% }\nrecovery: { zones: 3 }\n',
  },
  check({ design, report }) {
    const target = design.nfr.availability;
    if (!target || design.recovery?.zones !== 1 || target.percent < MULTI_ZONE_FROM) return;
    const budget = round(((100 - target.percent) / 100) * MONTH_MINUTES, 2);
    report({
      pointer: '/recovery/zones',
      message: `one zone cannot carry a ${formatPercent(target.percent)} target: its error budget is (100% − ${formatPercent(target.percent)}) × 30d = ${budget} minutes a month, less than a single zone outage`,
      related: [{ design, pointer: '/nfr/availability' }],
      data: { zones: 1, targetPercent: target.percent, budgetMinutesPerMonth: budget, multiZoneFromPercent: MULTI_ZONE_FROM },
    });
  },
});
