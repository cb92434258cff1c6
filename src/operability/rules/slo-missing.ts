import { defineDesignRule } from '../../core/design-rule.js';

export default defineDesignRule({
  id: 'slo-missing',
  stage: 'failure-modes',
  category: 'operability',
  severity: 'warn',
  description: 'The service declares at least one SLO.',
  rationale:
    'Without a service level objective there is no error budget, no principled alerting (every blip pages, or nothing does) and no gate for a canary to pass. The NFR targets stay wishes nobody measures.',
  fix: 'Add `slos:` with an availability SLO and a latency SLO derived from the NFR targets, e.g. `{ name: availability, sli: { kind: availability }, objective: 99.9%, window: 28d }`.',
  verify: '`archway slo` generates the burn-rate alerts and `promtool test rules` passes on them.',
  references: ['Google SRE workbook, ch. 2 "Implementing SLOs"', 'Google SRE workbook, ch. 5 "Alerting on SLOs"'],
  examples: {
    bad: 'archway: 1\nservice: { name: orders }\nnfr:\n  availability: 99.9%\n',
    good: 'archway: 1\nservice: { name: orders }\nslos:\n  - { name: availability, sli: { kind: availability }, objective: 99.9%, window: 28d }\n',
  },
  check({ design, report }) {
    if (design.slos.length > 0) return;
    const target = design.nfr.availability ? ` although availability ${design.nfr.availability.text} is a stated target` : '';
    report({ pointer: '', message: `the service declares no SLO${target}, so nothing measures or alerts on the targets` });
  },
});
