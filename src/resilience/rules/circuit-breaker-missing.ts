import { isSynchronous } from '../../model/queries.js';
import { defineDesignRule } from '../../core/design-rule.js';

export default defineDesignRule({
  id: 'circuit-breaker-missing',
  stage: 'failure-modes',
  category: 'resilience',
  severity: 'warn',
  description: 'Critical synchronous dependencies have a circuit breaker or a fallback.',
  rationale:
    'Without a breaker every request keeps waiting on a dependency that is down, holding threads and connections for the full timeout; the failure spreads to the caller. A breaker fails fast and lets the dependency recover.',
  fix: 'Add `circuitBreaker: { failureRate: 50%, window: 30s }` (or a `fallback:` the service can serve).',
  verify: 'A chaos test fails the dependency; after the window the breaker opens and requests fail fast (latency drops to near zero) until it recovers.',
  references: ['Michael Nygard, "Release It!" 2nd ed., "Circuit Breaker" pattern'],
  examples: {
    bad: 'archway: 1\nservice: { name: orders }\ndependencies:\n  - { name: payments, kind: http, mode: sync, critical: true, timeout: 300ms }\n',
    good: 'archway: 1\nservice: { name: orders }\ndependencies:\n  - { name: payments, kind: http, mode: sync, critical: true, timeout: 300ms, circuitBreaker: { failureRate: 50%, window: 30s } }\n',
  },
  check({ design, report }) {
    for (const dependency of design.dependencies) {
      if (!dependency.critical || dependency.direction === 'inbound' || !isSynchronous(dependency) || dependency.circuitBreaker || dependency.fallback)
        continue;
      report({
        pointer: dependency.pointer,
        message: `critical synchronous dependency "${dependency.name}" has no circuit breaker or fallback, so its outage holds every request for the full timeout`,
        data: { dependency: dependency.name },
      });
    }
  },
});
