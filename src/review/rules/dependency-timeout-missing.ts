import { isSynchronous } from '../../model/queries.js';
import { defineDesignRule } from '../../core/design-rule.js';

export default defineDesignRule({
  id: 'dependency-timeout-missing',
  stage: 'failure-modes',
  category: 'resilience',
  severity: 'error',
  description: 'Every synchronous dependency has a timeout.',
  rationale:
    'A call without a timeout waits as long as the slowest failure: one slow dependency holds threads and connections until the caller falls over too. Client defaults are often infinite or minutes long.',
  fix: 'Add `timeout:` a little above the dependency’s p99 latency and within the caller’s own deadline.',
  verify: 'A chaos test delays the dependency beyond its timeout and the service answers within its own deadline.',
  references: ['AWS Builders’ Library, "Timeouts, retries and backoff with jitter"', 'Release It! 2nd ed., "Timeouts" pattern'],
  examples: {
    bad: 'archway: 1\nservice: { name: orders }\ndependencies:\n  - { name: payments, kind: http, mode: sync }\n',
    good: 'archway: 1\nservice: { name: orders }\ndependencies:\n  - { name: payments, kind: http, mode: sync, timeout: 400ms }\n',
  },
  check({ design, report }) {
    for (const dependency of design.dependencies) {
      if (dependency.timeout || dependency.direction === 'inbound' || !isSynchronous(dependency)) continue;
      report({
        pointer: dependency.pointer,
        message: `synchronous dependency "${dependency.name}" has no timeout, so one slow response can exhaust the caller`,
        data: { dependency: dependency.name },
      });
    }
  },
});
