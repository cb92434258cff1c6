import assert from 'node:assert/strict';
import { test } from 'node:test';
import { loadDesignText } from '../../src/model/load.js';
import { backoffDelays, callCost, compositeAvailability, latencySum, pathBudget } from '../../src/resilience/figures.js';
import { resilienceRules } from '../../src/resilience/index.js';
import { DEFAULT_REVIEW_OPTIONS } from '../../src/review/rule.js';
import { runDesignRules } from '../../src/review/run-rules.js';

const load = (text: string, name = 'x') => loadDesignText(`archway: 1\nservice: { name: ${name} }\n${text}`, `/tmp/resilience/${name}/archway.yaml`);
const rule = (id: string) => resilienceRules.find((r) => r.id === id)!;
const findings = (id: string, ...designs: ReturnType<typeof load>[]) => runDesignRules([rule(id)], designs, DEFAULT_REVIEW_OPTIONS);

test('exponential backoff doubles from the base and is capped by maxDelay', () => {
  const design = load('dependencies:\n  - { name: a, kind: http, timeout: 100ms, retries: { max: 4, backoff: exponential, baseDelay: 50ms, maxDelay: 300ms } }\n');
  // 50, 100, 200, then 400 capped at 300
  assert.deepEqual(backoffDelays(design.dependencies[0]), [50, 100, 200, 300]);
  // 5 attempts × 100ms + (50 + 100 + 200 + 300)ms = 1150ms
  assert.equal(callCost(design.dependencies[0]).worstCaseMs, 1150);
});

test('linear and constant backoff; no backoff means immediate retries', () => {
  const design = load(
    'dependencies:\n  - { name: a, kind: http, timeout: 10ms, retries: { max: 3, backoff: linear, baseDelay: 20ms } }\n  - { name: b, kind: http, timeout: 10ms, retries: { max: 2, backoff: constant } }\n  - { name: c, kind: http, timeout: 10ms, retries: { max: 2 } }\n',
  );
  assert.deepEqual(backoffDelays(design.dependencies[0]), [20, 40, 60]);
  assert.deepEqual(backoffDelays(design.dependencies[1]), [100, 100], 'default base 100ms');
  assert.deepEqual(backoffDelays(design.dependencies[2]), [0, 0]);
});

test('parallel calls take the maximum, sequential calls add', () => {
  const design = load(
    'dependencies:\n' +
      '  - { name: stock, kind: grpc, timeout: 80ms, retries: { max: 2, backoff: exponential, baseDelay: 20ms }, parallel: checks }\n' +
      '  - { name: profile, kind: http, timeout: 100ms, retries: { max: 1, backoff: exponential, baseDelay: 20ms }, parallel: checks }\n' +
      '  - { name: payments, kind: http, timeout: 300ms, retries: { max: 1, backoff: exponential, baseDelay: 50ms } }\n',
  );
  // stock 3 × 80 + 20 + 40 = 300; profile 2 × 100 + 20 = 220; payments 2 × 300 + 50 = 650
  const budget = pathBudget(design);
  assert.equal(budget.worstCaseMs, 950);
  assert.equal(budget.formula, 'max(300ms, 220ms) + 650ms = 950ms');
});

test('composite availability is the product of the critical synchronous dependencies', () => {
  const design = load(
    'nfr: { availability: 99.95% }\ndependencies:\n' +
      '  - { name: a, kind: http, critical: true, availability: 99.9%, timeout: 1s }\n' +
      '  - { name: b, kind: http, critical: true, availability: 99.95%, timeout: 1s }\n' +
      '  - { name: c, kind: http, critical: true, availability: 99.9%, timeout: 1s }\n' +
      '  - { name: d, kind: http, critical: false, availability: 90%, timeout: 1s }\n' +
      '  - { name: e, kind: topic, mode: async, critical: true, availability: 90% }\n',
  );
  // 0.999 × 0.999 × 0.9995 = 0.998001 × 0.9995 = 0.9975019995 → 99.7502% (6 decimals);
  // d is not critical, e is asynchronous
  const composite = compositeAvailability(design);
  assert.equal(composite.percent, 99.7502);
  assert.deepEqual(composite.inputs.map((i) => i.name), ['a', 'b', 'c']);
  const [finding] = findings('composite-availability', design);
  assert.equal(finding.message, 'critical synchronous dependencies allow at most 99.9% × 99.95% × 99.9% = 99.7502%, below the 99.95% target by 0.1998 points');
  assert.equal(finding.data?.gapPoints, 0.1998);
});

test('timeout-budget reports the path arithmetic at the largest contributor', () => {
  const design = load('nfr: { latency: { p99: 300ms } }\ndependencies:\n  - { name: a, kind: http, timeout: 100ms }\n  - { name: b, kind: http, timeout: 150ms, retries: { max: 1, backoff: exponential, baseDelay: 25ms }, idempotent: true }\n');
  const [finding] = findings('timeout-budget', design);
  // 100 + (2 × 150 + 25) = 425ms > 300ms
  assert.equal(finding.message, 'worst case of the synchronous path 100ms + 325ms = 425ms exceeds the 300ms deadline (nfr.latency.p99) by 125ms; b: 2 × 150ms + 25ms backoff = 325ms is the largest part');
  assert.equal(finding.location.pointer, '/dependencies/1');
  assert.deepEqual(findings('timeout-budget', load('nfr: { latency: { p99: 425ms } }\ndependencies:\n  - { name: a, kind: http, timeout: 100ms }\n  - { name: b, kind: http, timeout: 150ms, retries: { max: 1, backoff: exponential, baseDelay: 25ms } }\n')), [], 'exactly on budget passes');
});

test('latency-budget sums p99s, parallel groups taking the maximum', () => {
  const design = load(
    'nfr: { latency: { p99: 250ms } }\ndependencies:\n  - { name: a, kind: http, latency: { p99: 120ms }, timeout: 1s, parallel: g }\n  - { name: b, kind: http, latency: { p99: 90ms }, timeout: 1s, parallel: g }\n  - { name: c, kind: http, latency: { p99: 140ms }, timeout: 1s }\n',
  );
  assert.equal(latencySum(design).ms, 260);
  const [finding] = findings('latency-budget', design);
  assert.match(finding.message, /max\(a 120ms, b 90ms\) \+ c 140ms = 260ms, above the 250ms p99 target \(a conservative bound/);
});

test('retry amplification multiplies attempts across services: 4 × 4 = 16 > 10', () => {
  const web = load('dependencies:\n  - { name: orders, kind: http, timeout: 1s, retries: { max: 3, backoff: exponential, jitter: true }, idempotent: true }\n', 'web');
  const orders = load('dependencies:\n  - { name: stock, kind: http, timeout: 100ms, retries: { max: 3, backoff: exponential, jitter: true }, idempotent: true }\n', 'orders');
  const result = findings('retry-amplification', web, orders);
  assert.equal(result.length, 1);
  assert.equal(result[0].message, 'web → orders → stock can send 4 × 4 = 16 attempts to stock per request, above the 10× limit');
  assert.match(result[0].location.file, /resilience\/web\/archway\.yaml$/, 'reported in the caller at the first hop');
  const alone = findings('retry-amplification', orders);
  assert.deepEqual(alone, [], 'one hop of 4 attempts is within the limit');
});

test('queue-capacity applies 20% headroom and reports backlog growth (Little’s law)', () => {
  const under = load('dependencies:\n  - { name: q, kind: queue, mode: async, direction: inbound, dlq: true, consumers: 2, consumerRps: 100, arrivalRps: 250, maxBacklog: 30000 }\n');
  const [finding] = findings('queue-capacity', under);
  // capacity 200/s < 250/s: grows 50/s and fills 30,000 in 600s = 10m
  assert.equal(finding.message, '"q" is under-provisioned: 2 consumers × 100/s = 200/s against 250/s peak arrivals (needs 300/s with 20% headroom); the backlog grows by 50 messages/s and reaches 30000 in 10m');
  const tight = load('dependencies:\n  - { name: q, kind: queue, mode: async, direction: inbound, dlq: true, consumers: 3, consumerRps: 90, arrivalRps: 250 }\n');
  // 270/s ≥ 250/s but < 300/s: a 10-minute backlog of 150,000 drains at 20/s in 7,500s
  assert.match(findings('queue-capacity', tight)[0].message, /would take 2\.08h to drain$/);
});

test('sync-call-cycle reports a cycle once, and an async edge breaks it', () => {
  const a = load('dependencies:\n  - { name: b, kind: http, timeout: 1s }\n', 'a');
  const b = load('dependencies:\n  - { name: c, kind: http, timeout: 1s }\n', 'b');
  const c = load('dependencies:\n  - { name: a, kind: grpc, timeout: 1s }\n', 'c');
  const result = findings('sync-call-cycle', a, b, c);
  assert.deepEqual(result.map((f) => f.message), ['synchronous call cycle a → b → c → a']);
  const cAsync = load('dependencies:\n  - { name: a, kind: topic, mode: async }\n', 'c');
  assert.deepEqual(findings('sync-call-cycle', a, b, cAsync), []);
});
