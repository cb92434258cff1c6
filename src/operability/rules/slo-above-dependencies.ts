import { formatPercent } from '../../model/units.js';
import { compositeAvailability } from '../../resilience/figures.js';
import { defineDesignRule } from '../../core/design-rule.js';

export default defineDesignRule({
  id: 'slo-above-dependencies',
  stage: 'failure-modes',
  category: 'operability',
  severity: 'warn',
  description: 'An availability SLO is no stricter than the composite availability of the critical dependencies.',
  rationale:
    'When the dependencies alone fail more often than the SLO allows, the error budget is spent by others: the alerts fire for outages the team cannot fix, and the SLO is breached by design.',
  fix: 'Lower the objective to what the critical path supports, or take dependencies off the critical path (see `composite-availability`).',
  verify: 'Over a month of staging or production data the dependencies’ share of errors stays inside the budget.',
  references: ['Google SRE book, ch. 3 "Embracing Risk"'],
  examples: {
    bad: 'archway: 1\nservice: { name: orders }\ndependencies:\n  - { name: payments, kind: http, mode: sync, critical: true, availability: 99.9%, timeout: 300ms }\nslos:\n  - { name: availability, sli: { kind: availability }, objective: 99.95%, window: 28d }\n',
    good: 'archway: 1\nservice: { name: orders }\ndependencies:\n  - { name: payments, kind: http, mode: sync, critical: true, availability: 99.9%, timeout: 300ms }\nslos:\n  - { name: availability, sli: { kind: availability }, objective: 99.5%, window: 28d }\n',
  },
  check({ design, report }) {
    const composite = compositeAvailability(design);
    if (composite.inputs.length === 0) return;
    for (const slo of design.slos) {
      if (slo.sli.kind !== 'availability' || slo.objective.percent <= composite.percent) continue;
      report({
        pointer: `${slo.pointer}/objective`,
        message: `SLO "${slo.name}" asks for ${slo.objective.text}, but the critical dependencies allow at most ${formatPercent(composite.percent)}`,
        data: { objectivePercent: slo.objective.percent, compositePercent: composite.percent },
      });
    }
  },
});
