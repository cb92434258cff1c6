import { defineDesignRule } from '../../core/design-rule.js';

export default defineDesignRule({
  id: 'retry-non-idempotent',
  stage: 'failure-modes',
  category: 'resilience',
  severity: 'error',
  description: 'Retried calls are idempotent: naturally, or through an idempotency key.',
  rationale:
    'A timeout does not say whether the call took effect. Retrying a charge, a shipment or an e-mail whose first attempt succeeded after the timeout does it twice: a double charge is the classic outcome.',
  fix: 'Send an idempotency key the dependency honours (`idempotencyKey: true`), declare the call `idempotent: true` if it truly is (a read, a PUT of full state), or stop retrying it.',
  verify: 'A replay test sends the same request twice with one key and checks a single effect.',
  references: ['IETF draft-ietf-httpapi-idempotency-key-header', 'Stripe API, "Idempotent requests"'],
  examples: {
    bad: 'archway: 1\nservice: { name: orders }\ndependencies:\n  - { name: payments, kind: http, mode: sync, timeout: 300ms, retries: { max: 2, backoff: exponential, jitter: true } }\n',
    good: 'archway: 1\nservice: { name: orders }\ndependencies:\n  - { name: payments, kind: http, mode: sync, timeout: 300ms, retries: { max: 2, backoff: exponential, jitter: true }, idempotencyKey: true }\n',
  },
  check({ design, report }) {
    for (const dependency of design.dependencies) {
      if (!dependency.retries || dependency.retries.max === 0 || dependency.idempotent || dependency.idempotencyKey) continue;
      report({
        pointer: `${dependency.pointer}/retries`,
        message: `"${dependency.name}" is retried up to ${dependency.retries.max} ${dependency.retries.max === 1 ? 'time' : 'times'} but is neither idempotent nor called with an idempotency key, so a timed-out call that succeeded is repeated`,
        data: { dependency: dependency.name, retries: dependency.retries.max },
      });
    }
  },
});
