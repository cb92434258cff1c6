import { defineDesignRule } from '../../core/design-rule.js';

export default defineDesignRule({
  id: 'alert-runbook-missing',
  stage: 'failure-modes',
  category: 'operability',
  severity: 'warn',
  description: 'Alerts link to runbooks a responder can open from the page.',
  rationale:
    'archway writes a runbook per alert, but an on-call engineer paged at night needs a link that opens: without a runbook base URL the alert points at a file inside a build directory.',
  fix: 'Set `operability.runbookBaseUrl` to where the generated `runbooks/` are published (a wiki, a docs site, the repository).',
  verify: 'Each generated alert’s `runbook_url` opens the runbook from a phone.',
  references: ['Google SRE workbook, ch. 8 "On-Call": playbooks'],
  examples: {
    bad: 'archway: 1\nservice: { name: orders }\nslos:\n  - { name: availability, sli: { kind: availability }, objective: 99.9%, window: 28d }\n',
    good: 'archway: 1\nservice: { name: orders }\noperability: { runbookBaseUrl: https://runbooks.example.com/orders }\nslos:\n  - { name: availability, sli: { kind: availability }, objective: 99.9%, window: 28d }\n',
  },
  check({ design, report }) {
    if (design.slos.length === 0 || design.operability?.runbookBaseUrl) return;
    report({
      pointer: '/slos',
      message: `${design.slos.length * 2} generated alerts link to runbooks by a local path, because no runbook base URL is set`,
    });
  },
});
