import { defineDesignRule } from '../../core/design-rule.js';

export default defineDesignRule({
  id: 'slo-objective-mismatch',
  stage: 'failure-modes',
  category: 'operability',
  severity: 'warn',
  description: 'The availability SLO holds the service to the availability the NFRs state.',
  rationale:
    'nfr.availability is what the design is argued against (the composite bound, the decisions); the availability SLO is what production alerts on. When they differ, the review proves one target and the pager enforces another.',
  fix: 'Make the availability SLO’s objective equal `nfr.availability`, or change the NFR to the objective the team will really be paged on.',
  verify: 'The availability SLO’s objective in archway.yaml equals `nfr.availability`, and the generated alerts use it.',
  references: ['Google SRE book, ch. 4 "Service Level Objectives"'],
  examples: {
    bad: 'archway: 1\nservice: { name: orders }\nnfr: { availability: 99.95% }\nslos:\n  - { name: availability, sli: { kind: availability }, objective: 99.9%, window: 28d }\n',
    good: 'archway: 1\nservice: { name: orders }\nnfr: { availability: 99.95% }\nslos:\n  - { name: availability, sli: { kind: availability }, objective: 99.95%, window: 28d }\n',
  },
  check({ design, report }) {
    const target = design.nfr.availability;
    if (!target) return;
    for (const slo of design.slos) {
      if (slo.sli.kind !== 'availability' || slo.objective.percent === target.percent) continue;
      report({
        pointer: `${slo.pointer}/objective`,
        message: `SLO "${slo.name}" aims at ${slo.objective.text}, but nfr.availability states ${target.text}: the review argues one target and the alerts enforce another`,
        data: { slo: slo.name, objectivePercent: slo.objective.percent, nfrPercent: target.percent },
      });
    }
  },
});
