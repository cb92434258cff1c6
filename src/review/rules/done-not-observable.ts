import { defineDesignRule } from '../../core/design-rule.js';

/** Words that name something a person or a machine can observe in production. */
const OBSERVABLE =
  /\b(p\d{2,3}|percentile|latency|metric|metrics|dashboard|alert|alerts|page|pages|paged|runbook|runbooks|trace|traces|traced|log|logs|logged|slo|slos|sli|error rate|burn|visible|measured|monitored|synthetic|probe|span|count|rate|ratio|budget)\b|\d+(\.\d+)?\s*(%|ms|s\b|rps)/i;

export default defineDesignRule({
  id: 'done-not-observable',
  stage: 'constraints',
  category: 'constraints',
  severity: 'warn',
  description: 'Each "done" criterion names something observable in production.',
  rationale:
    '"Done" means the service can be seen and supported in production. A criterion such as "the code is clean" cannot be checked there; "p99 latency visible per endpoint" can, by looking at a dashboard.',
  fix: 'Rephrase the criterion as something observable: a metric, dashboard, alert, trace, log or runbook, with a number where one applies.',
  verify: 'Each done criterion is checked off in staging by pointing at the metric, dashboard, alert or runbook it names.',
  references: ['Charity Majors et al., "Observability Engineering", ch. 1'],
  examples: {
    bad: 'archway: 1\nservice: { name: orders }\ndone: ["the code is well structured"]\n',
    good: 'archway: 1\nservice: { name: orders }\ndone: ["p99 latency visible per endpoint", "every page has a runbook"]\n',
  },
  check({ design, report }) {
    for (const criterion of design.done) {
      if (OBSERVABLE.test(criterion.text)) continue;
      report({
        pointer: criterion.pointer,
        message: `done criterion "${criterion.text}" names nothing observable in production (no metric, dashboard, alert, trace, log or runbook)`,
      });
    }
  },
});
