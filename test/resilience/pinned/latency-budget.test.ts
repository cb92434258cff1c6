import assert from 'node:assert/strict';
import { test } from 'node:test';
import { design, findings } from '../support.js';
import { pin } from './support.js';

const deps = 'dependencies:\n  - { name: a, kind: http, latency: { p99: 120ms }, timeout: 1s }\n  - { name: b, kind: http, timeout: 1s }\n';

test('latency-budget: pinned at nfr.latency.p99, a missing p99 counted as 0ms and named in data', () => {
  assert.deepEqual(pin(findings('latency-budget', design(`nfr: { latency: { p99: 100ms } }\n${deps}`))), [
    {
      at: 'latency-budget@/nfr/latency/p99 3:24',
      severity: 'warn',
      message:
        'dependency p99s along the synchronous path sum to a 120ms + b 0ms = 120ms, above the 100ms p99 target (a conservative bound: tails rarely coincide)',
      data: { targetMs: 100, sumMs: 120, parts: ['a 120ms', 'b 0ms'], missingLatency: ['b'] },
    },
  ]);
});

test('latency-budget: no latency target (or no p99 in it) means no verdict', () => {
  assert.deepEqual(findings('latency-budget', design(deps)), []);
  assert.deepEqual(findings('latency-budget', design(`nfr: { latency: { p50: 10ms } }\n${deps}`)), []);
});
