import { defineDesignRule } from '../../core/design-rule.js';

export default defineDesignRule({
  id: 'nfr-availability-missing',
  stage: 'constraints',
  category: 'constraints',
  severity: 'warn',
  description: 'The service states an availability target as a number.',
  rationale:
    'Without an availability target the composite availability of the dependencies cannot be compared with anything, the error budget is undefined, and "highly available" becomes a matter of opinion.',
  fix: 'Add `nfr.availability`, e.g. `availability: 99.9%`, agreed with the service’s consumers.',
  verify: 'The availability SLO derived from the target has a dashboard and burn-rate alerts.',
  references: ['Google SRE book, ch. 3 "Embracing Risk"'],
  examples: {
    bad: 'archway: 1\nservice: { name: orders }\nnfr:\n  latency: { p99: 300ms }\n',
    good: 'archway: 1\nservice: { name: orders }\nnfr:\n  availability: 99.9%\n',
  },
  check({ design, report }) {
    if (design.nfr.availability) return;
    report({
      pointer: design.source.document.has('nfr') ? '/nfr' : '',
      message: 'the service states no availability target, so its error budget and its dependencies’ adequacy cannot be judged',
    });
  },
});
