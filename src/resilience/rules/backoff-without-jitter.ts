import { defineDesignRule } from '../../core/design-rule.js';

export default defineDesignRule({
  id: 'backoff-without-jitter',
  stage: 'failure-modes',
  category: 'resilience',
  severity: 'warn',
  description: 'Retries back off, with jitter.',
  rationale:
    'Immediate retries hit a struggling dependency again at once; backoff without jitter makes every client retry in lock-step waves. Exponential backoff with jitter spreads the retries out and lets the dependency recover.',
  fix: 'Set `retries.backoff: exponential` and `retries.jitter: true` (full jitter).',
  verify: 'A load test with the dependency failing shows retries spread over time rather than in synchronized spikes.',
  references: ['AWS Architecture Blog, "Exponential Backoff and Jitter" (Marc Brooker, 2015)'],
  examples: {
    bad: 'archway: 1\nservice: { name: orders }\ndependencies:\n  - { name: stock, kind: http, mode: sync, timeout: 100ms, idempotent: true, retries: { max: 2, backoff: exponential } }\n',
    good: 'archway: 1\nservice: { name: orders }\ndependencies:\n  - { name: stock, kind: http, mode: sync, timeout: 100ms, idempotent: true, retries: { max: 2, backoff: exponential, jitter: true } }\n',
  },
  check({ design, report }) {
    for (const dependency of design.dependencies) {
      const retries = dependency.retries;
      if (!retries || retries.max === 0) continue;
      const noBackoff = !retries.backoff || retries.backoff === 'none';
      if (!noBackoff && retries.jitter) continue;
      report({
        pointer: `${dependency.pointer}/retries`,
        message: noBackoff
          ? `"${dependency.name}" retries ${retries.max} times immediately, with no backoff, hammering it while it struggles`
          : `"${dependency.name}" backs off ${retries.backoff}ly without jitter, so clients retry in synchronized waves`,
        data: { dependency: dependency.name, backoff: retries.backoff ?? 'none', jitter: retries.jitter ?? false },
      });
    }
  },
});
