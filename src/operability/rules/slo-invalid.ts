import { defineDesignRule } from '../../core/design-rule.js';
import { sloProblems } from '../validate.js';

export default defineDesignRule({
  id: 'slo-invalid',
  stage: 'failure-modes',
  category: 'operability',
  severity: 'error',
  description: 'Every SLO can be turned into correct recording and burn-rate alert rules.',
  rationale:
    'An SLO with no error budget (an objective of 100%), a window too short for burn-rate alerts (0 or under 7 days), a duplicate name, a latency threshold between histogram buckets or a malformed error pattern yields alerts that never fire or always fire. archway generates no rules for it, and says so here rather than writing thresholds of 0%.',
  fix: 'Give the SLO an objective below 100%, a window of 7 days or more (28d is usual), a unique name, a threshold on a bucket boundary and a valid error-status pattern.',
  verify: '`archway slo` generates rules for every SLO, and `promtool check rules` passes on them.',
  references: ['Google SRE workbook, ch. 5 "Alerting on SLOs"'],
  examples: {
    bad: 'archway: 1\nservice: { name: orders }\nslos:\n  - { name: availability, sli: { kind: availability }, objective: 100%, window: 28d }\n',
    good: 'archway: 1\nservice: { name: orders }\nslos:\n  - { name: availability, sli: { kind: availability }, objective: 99.9%, window: 28d }\n',
  },
  check({ design, report }) {
    for (const problem of sloProblems(design)) {
      report({ pointer: problem.pointer, message: `${problem.message}; no alert rules are generated for it`, data: { slo: problem.slo.name } });
    }
  },
});
