import assert from 'node:assert/strict';
import { test } from 'node:test';
import { design, findings } from '../support.js';
import { pin } from './support.js';

test('timeout-budget: no deadline, no verdict', () => {
  assert.deepEqual(findings('timeout-budget', design('dependencies:\n  - { name: a, kind: http, timeout: 10s }\n')), []);
});

test('timeout-budget: data lists every call with its parallel group, and the default base delay once any call uses it', () => {
  const deps =
    'dependencies:\n' +
    '  - { name: a, kind: http, timeout: 100ms, retries: { max: 1, backoff: exponential, jitter: true }, idempotent: true }\n' +
    '  - { name: b, kind: http, timeout: 50ms, parallel: g }\n' +
    '  - { name: c, kind: http, timeout: 40ms, retries: { max: 1, backoff: exponential, baseDelay: 10ms, jitter: true }, idempotent: true, parallel: g }\n';
  // a: 2 × 100ms + 100ms (default base) = 300ms; max(b 50ms, c 2 × 40ms + 10ms = 90ms) = 90ms; 390ms > 300ms.
  assert.deepEqual(pin(findings('timeout-budget', design(`nfr: { latency: { p99: 300ms } }\n${deps}`))), [
    {
      at: 'timeout-budget@/dependencies/0 5:5',
      severity: 'error',
      message:
        'worst case of the synchronous path 300ms + max(50ms, 90ms) = 390ms exceeds the 300ms deadline (nfr.latency.p99) by 90ms; a: 2 × 100ms + 100ms backoff = 300ms is the largest part',
      data: {
        deadlineMs: 300,
        deadlineSource: 'nfr.latency.p99',
        worstCaseMs: 390,
        formula: '300ms + max(50ms, 90ms) = 390ms',
        criticalPath: ['a', 'c'],
        calls: [
          { name: 'a', group: null, attempts: 2, timeoutMs: 100, backoffMs: 100, worstCaseMs: 300 },
          { name: 'b', group: 'g', attempts: 1, timeoutMs: 50, backoffMs: 0, worstCaseMs: 50 },
          { name: 'c', group: 'g', attempts: 2, timeoutMs: 40, backoffMs: 10, worstCaseMs: 90 },
        ],
        defaults: { baseDelayMs: 100 },
      },
    },
  ]);
});

const web = (call: string) => design(`dependencies:\n  - { name: api, kind: http${call} }\n`, 'web');
const api = (db: string) =>
  design(
    `dependencies:\n  - { name: db, kind: database${db}, retries: { max: 1, backoff: exponential, baseDelay: 50ms, jitter: true }, idempotent: true }\n`,
    'api',
  );

test('timeout-budget: a callee outlasting a single attempt is a warning at the caller’s timeout, without “retried”', () => {
  // api: 2 × 150ms + 50ms = 350ms > 300ms
  const found = findings('timeout-budget', web(', timeout: 300ms'), api(', timeout: 150ms'));
  assert.deepEqual(pin(found), [
    {
      at: 'timeout-budget@/dependencies/0/timeout 4:39',
      severity: 'warn',
      message: 'web waits 300ms per attempt on api, whose own worst case is 350ms: api keeps working on calls web has abandoned',
      data: { caller: 'web', callee: 'api', timeoutMs: 300, attempts: 1, calleeWorstCaseMs: 350, calleeFormula: '350ms' },
    },
  ]);
  assert.equal(
    found[0].fix,
    "Bound api's worst case below 300ms (shorter timeouts, fewer retries there), or propagate the deadline so it stops when web gives up.",
  );
});

test('timeout-budget: a callee exactly at the caller’s timeout, an unbounded callee or a caller without timeout is not compared', () => {
  // api: 2 × 125ms + 50ms = 300ms, exactly the 300ms web waits.
  assert.deepEqual(findings('timeout-budget', web(', timeout: 300ms'), api(', timeout: 125ms')), []);
  assert.deepEqual(findings('timeout-budget', web(', timeout: 300ms'), api('')), [], 'a callee without timeouts has no worst case to compare');
  assert.deepEqual(findings('timeout-budget', web(''), api(', timeout: 150ms')), [], 'a caller without timeout has nothing to compare with');
});
