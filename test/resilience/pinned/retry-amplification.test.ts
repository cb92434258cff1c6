import assert from 'node:assert/strict';
import { test } from 'node:test';
import { design, findings } from '../support.js';
import { pin } from './support.js';

const caller = (max: number) =>
  design(
    `dependencies:\n  - { name: orders, kind: http, timeout: 1s, retries: { max: ${max}, backoff: exponential, jitter: true }, idempotent: true }\n`,
    'web',
  );
const orders = design(
  'dependencies:\n  - { name: stock, kind: http, timeout: 100ms, retries: { max: 4, backoff: exponential, jitter: true }, idempotent: true }\n',
  'orders',
);

test('retry-amplification: 2 × 5 = 10 is exactly the limit and passes; 3 × 5 = 15 fails', () => {
  assert.deepEqual(findings('retry-amplification', caller(1), orders), []);
  const found = findings('retry-amplification', caller(2), orders);
  assert.deepEqual(pin(found), [
    {
      at: 'retry-amplification@/dependencies/0 4:5',
      severity: 'warn',
      message: 'web → orders → stock can send 3 × 5 = 15 attempts to stock per request, above the 10× limit',
      data: { chain: 'web → orders → stock', attemptsPerHop: [3, 5], factorPerHop: [3, 5], amplification: 15, limit: 10 },
    },
  ]);
  assert.match(found[0].location.file, /resilience\/web\/archway\.yaml$/);
});
