import assert from 'node:assert/strict';
import { test } from 'node:test';
import { design, findings } from '../support.js';
import { pin } from './support.js';

const dep = (fields: string) => design(`dependencies:\n  - { name: payments, kind: http, timeout: 300ms, critical: true${fields} }\n`);

test('circuit-breaker-missing: pinned at the dependency; a breaker or an inbound caller passes', () => {
  assert.deepEqual(pin(findings('circuit-breaker-missing', dep(''))), [
    {
      at: 'circuit-breaker-missing@/dependencies/0 4:5',
      severity: 'warn',
      message: 'critical synchronous dependency "payments" has no circuit breaker or fallback, so its outage holds every request for the full timeout',
      data: { dependency: 'payments' },
    },
  ]);
  assert.deepEqual(findings('circuit-breaker-missing', dep(', circuitBreaker: { failureRate: 50%, window: 30s }')), []);
  assert.deepEqual(findings('circuit-breaker-missing', dep(', direction: inbound')), [], 'a caller of this service is not a dependency it can break');
});
