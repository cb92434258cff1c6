import assert from 'node:assert/strict';
import { test } from 'node:test';
import { design, findings } from '../support.js';
import { pin } from './support.js';

test('retry-non-idempotent: pinned at the retries, with the dependency and its retry count in data', () => {
  const call = (extra: string) =>
    design(`dependencies:\n  - { name: payments, kind: http, timeout: 300ms, retries: { max: 3, backoff: exponential, jitter: true }${extra} }\n`);
  assert.deepEqual(pin(findings('retry-non-idempotent', call(''))), [
    {
      at: 'retry-non-idempotent@/dependencies/0/retries 4:60',
      severity: 'error',
      message:
        '"payments" is retried up to 3 times but is neither idempotent nor called with an idempotency key, so a timed-out call that succeeded is repeated',
      data: { dependency: 'payments', retries: 3 },
    },
  ]);
  assert.deepEqual(findings('retry-non-idempotent', call(', idempotent: true')), []);
});
