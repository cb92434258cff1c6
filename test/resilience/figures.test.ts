import assert from 'node:assert/strict';
import { test } from 'node:test';
import {
  backoffDelays,
  callCost,
  compositeAvailability,
  latencySum,
  pathBudget,
  queueCapacity,
  unknownAvailability,
  usesDefaultBaseDelay,
} from '../../src/resilience/figures.js';
import { callChains, hopFactor } from '../../src/resilience/graph.js';
import { design } from './support.js';

test('exponential backoff doubles from the base and is capped by maxDelay', () => {
  const d = design('dependencies:\n  - { name: a, kind: http, timeout: 100ms, retries: { max: 4, backoff: exponential, baseDelay: 50ms, maxDelay: 300ms } }\n');
  // 50, 100, 200, then 400 capped at 300
  assert.deepEqual(backoffDelays(d.dependencies[0]), [50, 100, 200, 300]);
  // 5 attempts × 100ms + (50 + 100 + 200 + 300)ms = 1150ms
  assert.equal(callCost(d.dependencies[0]).worstCaseMs, 1150);
  assert.equal(callCost(d.dependencies[0]).formula, 'a: 5 × 100ms + 650ms backoff = 1.15s');
});

test('linear and constant backoff; the default base is 100ms; no backoff means immediate retries', () => {
  const d = design(
    'dependencies:\n  - { name: a, kind: http, timeout: 10ms, retries: { max: 3, backoff: linear, baseDelay: 20ms } }\n  - { name: b, kind: http, timeout: 10ms, retries: { max: 2, backoff: constant } }\n  - { name: c, kind: http, timeout: 10ms, retries: { max: 2 } }\n',
  );
  const [a, b, c] = d.dependencies;
  assert.deepEqual(backoffDelays(a), [20, 40, 60]);
  assert.deepEqual(backoffDelays(b), [100, 100]);
  assert.deepEqual(backoffDelays(c), [0, 0]);
  assert.deepEqual([a, b, c].map(usesDefaultBaseDelay), [false, true, false]);
  // c: 3 attempts × 10ms, no waits
  assert.equal(callCost(c).worstCaseMs, 30);
});

test('a call deadline caps the worst case; a bounded fan-out costs one round per concurrency batch', () => {
  const d = design(
    'dependencies:\n' +
      '  - { name: a, kind: http, timeout: 200ms, deadline: 450ms, retries: { max: 2, backoff: constant, baseDelay: 50ms } }\n' +
      '  - { name: b, kind: http, timeout: 100ms, fanOut: { max: 20, concurrency: 8 } }\n' +
      '  - { name: c, kind: http, deadline: 1s }\n',
  );
  const [a, b, c] = d.dependencies.map(callCost);
  // a: 3 × 200 + 50 + 50 = 700ms, capped at 450ms
  assert.equal(a.worstCaseMs, 450);
  assert.equal(a.formula, 'a: min(3 × 200ms + 100ms backoff = 700ms, 450ms deadline) = 450ms');
  // b: ceil(20 / 8) = 3 rounds × 100ms
  assert.equal(b.waves, 3);
  assert.equal(b.worstCaseMs, 300);
  assert.equal(b.formula, 'b: 3 rounds × (1 × 100ms) = 300ms');
  assert.equal(c.worstCaseMs, 1000, 'no timeout, but the deadline still bounds the call');
});

test('parallel calls take the maximum, sequential calls add, and the critical path names the slowest of each step', () => {
  const d = design(
    'dependencies:\n' +
      '  - { name: stock, kind: grpc, timeout: 80ms, retries: { max: 2, backoff: exponential, baseDelay: 20ms }, parallel: checks }\n' +
      '  - { name: profile, kind: http, timeout: 100ms, retries: { max: 1, backoff: exponential, baseDelay: 20ms }, parallel: checks }\n' +
      '  - { name: payments, kind: http, timeout: 300ms, retries: { max: 1, backoff: exponential, baseDelay: 50ms } }\n' +
      '  - { name: events, kind: topic, mode: async }\n',
  );
  // stock 3 × 80 + 20 + 40 = 300; profile 2 × 100 + 20 = 220; payments 2 × 300 + 50 = 650; the topic is off the path
  const budget = pathBudget(d);
  assert.equal(budget.worstCaseMs, 950);
  assert.equal(budget.formula, 'max(300ms, 220ms) + 650ms = 950ms');
  assert.deepEqual(
    budget.critical.map((c) => c.dependency.name),
    ['stock', 'payments'],
  );
  const unbounded = pathBudget(design('dependencies:\n  - { name: a, kind: http }\n  - { name: b, kind: http, timeout: 10ms }\n'));
  assert.equal(unbounded.worstCaseMs, undefined);
  assert.equal(unbounded.formula, '∞ + 10ms = ∞');
});

test('composite availability is the product of the critical synchronous dependencies', () => {
  const d = design(
    'nfr: { availability: 99.95% }\ndependencies:\n' +
      '  - { name: a, kind: http, critical: true, availability: 99.9%, timeout: 1s }\n' +
      '  - { name: b, kind: database, critical: true, availability: 99.95% }\n' +
      '  - { name: c, kind: grpc, mode: sync, critical: true, availability: 99.9%, timeout: 1s }\n' +
      '  - { name: d, kind: http, critical: false, availability: 90%, timeout: 1s }\n' +
      '  - { name: e, kind: topic, critical: true, availability: 90% }\n' +
      '  - { name: f, kind: http, mode: async, critical: true, availability: 90% }\n' +
      '  - { name: g, kind: cache, critical: true }\n',
  );
  // 0.999 × 0.9995 × 0.999 = 0.9975019995 → 99.7502% (6 decimals); d is not critical, e and f are
  // asynchronous, g states no availability
  assert.deepEqual(compositeAvailability(d), {
    percent: 99.7502,
    inputs: [
      { name: 'a', percent: 99.9 },
      { name: 'b', percent: 99.95 },
      { name: 'c', percent: 99.9 },
    ],
    fallbacks: [],
  });
  assert.deepEqual(unknownAvailability(d), ['g']);
  assert.deepEqual(compositeAvailability(design('dependencies:\n  - { name: e, kind: topic, critical: true }\n')), { percent: 100, inputs: [], fallbacks: [] });
});

test('latency sum takes the maximum of a parallel group and counts a missing p99 as 0', () => {
  const d = design(
    'dependencies:\n  - { name: a, kind: http, latency: { p99: 120ms }, parallel: g }\n  - { name: b, kind: http, latency: { p99: 90ms }, parallel: g }\n  - { name: c, kind: http, latency: { p99: 140ms } }\n  - { name: x, kind: http }\n',
  );
  // max(120, 90) + 140 + 0 = 260ms
  assert.deepEqual(latencySum(d), { ms: 260, parts: ['max(a 120ms, b 90ms)', 'c 140ms', 'x 0ms'], missing: ['x'] });
});

test('queue capacity: growth at a deficit, drain time with spare capacity', () => {
  const d = design(
    'dependencies:\n  - { name: short, kind: queue, direction: inbound, consumers: 2, consumerRps: 100, arrivalRps: 250 }\n  - { name: spare, kind: queue, direction: inbound, consumers: 3, consumerRps: 100, arrivalRps: 200 }\n  - { name: none, kind: queue, direction: inbound, consumers: 3 }\n',
  );
  const [short, spare, none] = d.dependencies.map(queueCapacity);
  // 2 × 100 = 200/s < 250/s: grows 50/s; needs 250 × 1.2 = 300/s
  assert.deepEqual(short, { consumers: 2, consumerRps: 100, arrivalRps: 250, capacityRps: 200, requiredRps: 300, growthRps: 50, drainSeconds: undefined });
  // 300/s against 200/s: a 10-minute backlog of 120,000 drains at 100/s in 1,200s
  assert.equal(spare?.drainSeconds, 1200);
  assert.equal(none, undefined);
});

test('amplification multiplies attempts along a chain; a retry budget caps a hop at 1 + budget', () => {
  const web = design('dependencies:\n  - { name: orders, kind: http, timeout: 1s, retries: { max: 3 } }\n', 'web');
  const orders = design(
    'dependencies:\n  - { name: stock, kind: http, timeout: 100ms, retries: { max: 2, budget: 10% } }\n  - { name: db, kind: database, timeout: 50ms }\n',
    'orders',
  );
  assert.deepEqual(hopFactor(orders.dependencies[0]), { factor: 1.1, text: '1.1 (10% retry budget)' });
  // web → orders → stock: 4 × 1.1 = 4.4 beats web → orders → db: 4 × 1 = 4; only the worst chain per first call is kept
  assert.deepEqual(
    callChains(web, [web, orders]).map((c) => [c.hops.map((h) => h.dependency.name).join('>'), c.amplification, c.formula]),
    [['orders>stock', 4.4, '4 × 1.1 (10% retry budget) = 4.4']],
  );
});
