import { defineDesignRule } from '../../core/design-rule.js';

export default defineDesignRule({
  id: 'critical-with-fallback',
  stage: 'failure-modes',
  category: 'resilience',
  severity: 'warn',
  description: 'A dependency is either critical (its failure fails the request) or has a fallback (its failure does not), not both.',
  rationale:
    'archway counts a fallback in the availability arithmetic: when the dependency fails the fallback answers, so the dependency leaves the product of critical availabilities. If the fallback cannot really serve every request (it is partial, stale beyond what users accept, or untested), the dependency is critical and the composite bound is too optimistic; if it can, `critical: true` is wrong.',
  fix: 'Decide which is true: drop `critical: true` if the fallback serves every request, or drop the fallback from the availability argument (make it `critical: true` without `fallback`) if it does not.',
  verify:
    'A chaos test takes the dependency down in staging: every request is answered by the fallback within the SLO, or the dependency is declared critical.',
  references: ['Google SRE book, ch. 22 "Addressing Cascading Failures": graceful degradation'],
  examples: {
    bad: 'archway: 1\nservice: { name: dispatch }\ndependencies:\n  - { name: maps, kind: http, mode: sync, critical: true, availability: 99.5%, timeout: 150ms, fallback: straight-line estimate }\n',
    good: 'archway: 1\nservice: { name: dispatch }\ndependencies:\n  - { name: maps, kind: http, mode: sync, critical: false, availability: 99.5%, timeout: 150ms, fallback: straight-line estimate }\n',
  },
  check({ design, report }) {
    for (const dependency of design.dependencies) {
      if (!dependency.critical || !dependency.fallback || dependency.direction === 'inbound') continue;
      report({
        pointer: `${dependency.pointer}/critical`,
        message: `"${dependency.name}" is \`critical: true\` yet has a fallback (${dependency.fallback}); archway counts the fallback, so "${dependency.name}"${dependency.availability ? ` (${dependency.availability.text})` : ''} is left out of the composite availability — if the fallback cannot serve every request, it is critical and the bound is too optimistic`,
        data: {
          dependency: dependency.name,
          fallback: dependency.fallback,
          availabilityPercent: dependency.availability?.percent ?? null,
          countedInComposite: false,
        },
      });
    }
  },
});
