import { defineDesignRule } from '../../core/design-rule.js';

export default defineDesignRule({
  id: 'rollout-rollback-missing',
  stage: 'rollout',
  category: 'rollout',
  severity: 'warn',
  description: 'The rollout plan says how to roll back, and when.',
  rationale:
    'Every release can fail. A rollback decided during the incident is slower and riskier than one written down with its trigger; migrations in the contract phase may make it impossible.',
  fix: 'Add `rollout.rollback` with the trigger (e.g. "burn rate above 14.4× for 5m at any canary step"), whether it is automatic, and its steps.',
  verify: 'The rollback is rehearsed in staging: deploy, trigger the condition, and watch the previous version take all traffic.',
  references: ['Google SRE workbook, ch. 16 "Canarying Releases"'],
  examples: {
    bad: 'archway: 1\nservice: { name: orders }\nrollout: { strategy: canary, steps: [1%, 10%, 100%] }\n',
    good: 'archway: 1\nservice: { name: orders }\nrollout:\n  strategy: canary\n  steps: [1%, 10%, 100%]\n  rollback: { automatic: true, trigger: "fast burn at any step" }\n',
  },
  check({ design, report }) {
    if (!design.rollout) {
      report({ pointer: '', message: 'the design has no rollout plan, so neither the release steps nor the way back are known' });
      return;
    }
    if (design.rollout.rollback) return;
    report({ pointer: '/rollout', message: 'the rollout plan has no rollback: its trigger and steps would be improvised during an incident' });
  },
});
