import type { DesignChange } from './change.js';

const design = (critical: boolean) =>
  `archway: 1\nservice: { name: orders, owner: team-a }\ndependencies:\n  - { name: payments, kind: http, mode: sync, timeout: 400ms, critical: ${critical} }\n`;

const designDependencyMadeCritical: DesignChange = {
  id: 'design-dependency-made-critical',
  category: 'design-changes',
  severity: 'warn',
  description: 'No dependency became critical since the `--base` ref without the review seeing it.',
  rationale: 'A critical dependency’s failures fail requests: its availability now multiplies into the service’s, which changes what the service can promise.',
  fix: 'Keep the dependency off the critical path (a fallback, an asynchronous hand-off), or accept the lower bound and record the decision.',
  references: ['Google SRE Book, "Addressing Cascading Failures"'],
  examples: { bad: [design(false), design(true)], good: [design(false), design(false)] },
};

export default designDependencyMadeCritical;
