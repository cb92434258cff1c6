import { defineDesignRule } from '../../core/design-rule.js';

export default defineDesignRule({
  id: 'api-stability-missing',
  stage: 'boundaries',
  category: 'boundaries',
  severity: 'warn',
  description: 'Every API and event contract declares its stability level.',
  rationale:
    'Consumers need to know what they may rely on. The stability level also decides how a breaking change is treated: an error on a stable API, a warning on a beta one.',
  fix: 'Add `stability:` (experimental, alpha, beta, stable or deprecated) to the API or event entry.',
  verify: '`archway diff` runs in CI on every contract change and applies the declared stability.',
  references: ['Kubernetes API versioning policy', 'Google AIP-181 "Stability levels"'],
  examples: {
    bad: 'archway: 1\nservice: { name: orders }\napi:\n  - { name: public, consumers: [web] }\n',
    good: 'archway: 1\nservice: { name: orders }\napi:\n  - { name: public, stability: stable, consumers: [web] }\n',
  },
  check({ design, report }) {
    for (const surface of [...design.api, ...design.events]) {
      if (surface.stability) continue;
      report({
        pointer: surface.pointer,
        message: `contract "${surface.name}" declares no stability, so consumers cannot tell what they may rely on and breaking changes cannot be graded`,
      });
    }
  },
});
