import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Finding } from '../../src/core/diagnostic.js';
import { DEFAULT_REVIEW_OPTIONS } from '../../src/core/design-rule.js';
import { runDesignRules } from '../../src/core/run-design-rules.js';
import { loadDesignText } from '../../src/model/load.js';
import type { Design } from '../../src/model/types.js';
import { endToEnd, entryPoints, systemRules } from '../../src/system/index.js';

const design = (name: string, body: string): Design =>
  loadDesignText(`archway: 1\nservice: { name: ${name} }\n${body}`, `/tmp/system-rules/${name}/archway.yaml`);

function run(id: string, ...system: Design[]): Finding[] {
  return runDesignRules(
    systemRules.filter((r) => r.id === id),
    system,
    DEFAULT_REVIEW_OPTIONS,
  );
}

/** `ruleId@file#pointer line:col` for the finding and each related location. */
const where = (f: Finding) => [f.location, ...(f.related ?? [])].map((l) => `${l.file.split('/').at(-2)}#${l.pointer} ${l.line}:${l.column}`).join(' | ');

const payments = design('payments', 'nfr:\n  availability: 99.9%\n  latency: { p99: 300ms }\n');

test('system-promise-mismatch: availability and p99 better than the callee promises, located in both files', () => {
  const orders = design(
    'orders',
    'dependencies:\n  - { name: payments, kind: http, mode: sync, availability: 99.99%, latency: { p99: 120ms }, timeout: 400ms }\n',
  );
  const found = run('system-promise-mismatch', orders, payments);
  assert.deepEqual(found.map(where), [
    'orders#/dependencies/0/availability 4:61 | payments#/nfr/availability 4:17',
    'orders#/dependencies/0/latency/p99 4:85 | payments#/nfr/latency/p99 5:19',
  ]);
  assert.deepEqual(
    found.map((f) => f.message),
    [
      // 99.99 − 99.9 = 0.09
      'orders plans with payments at 99.99% availability, but payments promises 99.9% (nfr.availability): 99.99% − 99.9% = 0.09 points nobody promised',
      // 300 − 120 = 180
      'orders plans with a 120ms p99 for payments, but payments promises 300ms (nfr.latency.p99): 300ms − 120ms = 180ms faster than promised',
    ],
  );
  assert.deepEqual(found[0].data, {
    caller: 'orders',
    callee: 'payments',
    figure: 'availability',
    assumedPercent: 99.99,
    promisedPercent: 99.9,
    promisedBy: 'nfr.availability',
    gapPoints: 0.09,
  });
  // a weaker SLO is the promise: 99.95% assumed against an SLO of 99.9% under an NFR of 99.95%
  const sloPayments = design(
    'payments',
    'nfr: { availability: 99.95% }\nslos:\n  - { name: avail, sli: { kind: availability }, objective: 99.9%, window: 28d }\n',
  );
  const assumes = design('orders', 'dependencies:\n  - { name: payments, kind: http, mode: sync, availability: 99.95%, timeout: 400ms }\n');
  assert.deepEqual(
    run('system-promise-mismatch', assumes, sloPayments).map((f) => [f.message, where(f)]),
    [
      [
        'orders plans with payments at 99.95% availability, but payments promises 99.9% (slos.avail): 99.95% − 99.9% = 0.05 points nobody promised',
        'orders#/dependencies/0/availability 4:61 | payments#/slos/0/objective 5:60',
      ],
    ],
  );
  const honest = design(
    'orders',
    'dependencies:\n  - { name: payments, kind: http, mode: sync, availability: 99.9%, latency: { p99: 300ms }, timeout: 400ms }\n',
  );
  assert.deepEqual(run('system-promise-mismatch', honest, payments), [], 'equal figures are fine');
  assert.deepEqual(run('system-promise-mismatch', orders), [], 'a callee outside the review promises nothing we can check');
});

test('system-timeout-below-p99: the caller abandons healthy calls; a timeout at the p99 passes', () => {
  const orders = design(
    'orders',
    'dependencies:\n  - { name: payments, kind: http, mode: sync, timeout: 200ms, retries: { max: 2, backoff: exponential, jitter: true }, idempotencyKey: true }\n',
  );
  const [finding, ...rest] = run('system-timeout-below-p99', orders, payments);
  assert.deepEqual(rest, []);
  assert.equal(where(finding), 'orders#/dependencies/0/timeout 4:56 | payments#/nfr/latency/p99 5:19');
  assert.equal(
    finding.message,
    'orders times out on payments after 200ms, below its 300ms p99 (nfr.latency.p99) by 100ms: more than 1% of healthy calls are abandoned and retried (3 attempts)',
  );
  assert.deepEqual(finding.data, { caller: 'orders', callee: 'payments', timeoutMs: 200, calleeP99Ms: 300, shortByMs: 100, attempts: 3 });
  const atP99 = design('orders', 'dependencies:\n  - { name: payments, kind: http, mode: sync, timeout: 300ms }\n');
  assert.deepEqual(run('system-timeout-below-p99', atP99, payments), []);
});

test('system-end-to-end-availability: deep dependencies multiply from each entry point, each counted once', () => {
  const web = design(
    'web',
    'nfr: { availability: 99.95% }\ndependencies:\n  - { name: orders, kind: http, mode: sync, critical: true, timeout: 400ms }\n  - { name: search, kind: http, mode: sync, critical: true, timeout: 400ms }\n',
  );
  const orders = design(
    'orders',
    'dependencies:\n  - { name: db, kind: database, mode: sync, critical: true, availability: 99.99%, timeout: 50ms }\n  - { name: psp, kind: http, mode: sync, critical: true, availability: 99.95%, timeout: 400ms }\n',
  );
  const search = design(
    'search',
    'dependencies:\n  - { name: db, kind: database, mode: sync, critical: true, availability: 99.99%, timeout: 50ms }\n  - { name: orders, kind: http, mode: sync, critical: true, timeout: 300ms }\n',
  );
  assert.deepEqual(
    entryPoints([web, orders, search]).map((d) => d.service.name),
    ['web'],
  );
  const figures = endToEnd(web, [web, orders, search]);
  assert.deepEqual(
    figures.leaves.map((l) => `${l.via.service.name}/${l.dependency.name}`),
    ['orders/db', 'orders/psp'],
    'db is reached twice and counted once',
  );
  // 0.9999 × 0.9995 = 0.99940005
  assert.equal(figures.percent, 99.940005);
  const [finding, ...rest] = run('system-end-to-end-availability', web, orders, search);
  assert.deepEqual(rest, []);
  assert.equal(
    finding.message,
    'end to end from web, the critical synchronous dependencies multiply to db 99.99% × psp 99.95% = 99.94%, below its 99.95% target by 0.01 points',
  );
  assert.equal(where(finding), 'web#/nfr/availability 3:22 | orders#/dependencies/0 4:5 | orders#/dependencies/1 5:5');
  assert.deepEqual(finding.data?.through, ['orders', 'search']);
  const relaxed = design('web', 'nfr: { availability: 99.9% }\ndependencies:\n  - { name: orders, kind: http, mode: sync, critical: true, timeout: 400ms }\n');
  assert.deepEqual(run('system-end-to-end-availability', relaxed, orders, search), []);
});

test('a cycle between reviewed services neither hangs nor hides an entry point behind it', () => {
  const web = design('web', 'nfr: { availability: 99.99% }\ndependencies:\n  - { name: a, kind: http, mode: sync, critical: true, timeout: 1s }\n');
  const a = design('a', 'dependencies:\n  - { name: b, kind: http, mode: sync, critical: true, timeout: 1s }\n');
  const b = design(
    'b',
    'dependencies:\n  - { name: a, kind: http, mode: sync, critical: true, timeout: 1s }\n  - { name: store, kind: database, mode: sync, critical: true, availability: 99.9%, timeout: 1s }\n',
  );
  assert.deepEqual(
    run('system-end-to-end-availability', web, a, b).map((f) => f.message),
    ['end to end from web, the critical synchronous dependencies multiply to store 99.9% = 99.9%, below its 99.99% target by 0.09 points'],
  );
});
