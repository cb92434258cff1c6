import { defineDesignRule } from '../../core/design-rule.js';
import { attempts } from '../figures.js';
import { callChains, describeChain, hopFactor } from '../graph.js';

export default defineDesignRule({
  id: 'retry-amplification',
  stage: 'failure-modes',
  category: 'resilience',
  severity: 'warn',
  description: 'Retries multiplied along a call chain stay below a sane factor (default 10).',
  rationale:
    'Each layer that retries multiplies the load on the layers below: three services each retrying 3 times send up to 4 × 4 × 4 = 64 calls to the last one per user request, exactly when it is already failing. This turns a brief overload into an outage.',
  fix: 'Retry at one layer only (usually the edge), give the others a retry budget (`retries.budget: 10%`: at most 10% extra requests), or reduce `retries.max`.',
  verify: 'A load test with the deepest dependency failing shows its request rate rising by no more than the stated factor.',
  references: [
    'Google SRE book, ch. 22 "Addressing Cascading Failures": retries',
    'AWS Builders’ Library, "Timeouts, retries and backoff with jitter": retry amplification',
  ],
  examples: {
    bad: [
      'archway: 1\nservice: { name: web }\ndependencies:\n  - { name: orders, kind: http, mode: sync, timeout: 900ms, retries: { max: 3, backoff: exponential, jitter: true }, idempotent: true }\n',
      'archway: 1\nservice: { name: orders }\ndependencies:\n  - { name: stock, kind: http, mode: sync, timeout: 200ms, retries: { max: 3, backoff: exponential, jitter: true }, idempotent: true }\n',
    ],
    good: [
      'archway: 1\nservice: { name: web }\ndependencies:\n  - { name: orders, kind: http, mode: sync, timeout: 900ms, retries: { max: 2, backoff: exponential, jitter: true }, idempotent: true }\n',
      'archway: 1\nservice: { name: orders }\ndependencies:\n  - { name: stock, kind: http, mode: sync, timeout: 200ms, retries: { max: 1, backoff: exponential, jitter: true }, idempotent: true }\n',
    ],
  },
  check({ design, system, options, report }) {
    for (const chain of callChains(design, system)) {
      if (chain.amplification <= options.maxRetryAmplification) continue;
      report({
        pointer: chain.hops[0].dependency.pointer,
        message: `${describeChain(chain)} can send ${chain.formula} attempts to ${chain.hops.at(-1)!.dependency.name} per request, above the ${options.maxRetryAmplification}× limit`,
        data: {
          chain: describeChain(chain),
          attemptsPerHop: chain.hops.map((h) => attempts(h.dependency)),
          factorPerHop: chain.hops.map((h) => hopFactor(h.dependency).factor),
          amplification: chain.amplification,
          limit: options.maxRetryAmplification,
        },
      });
    }
  },
});
