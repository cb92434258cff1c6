import assert from 'node:assert/strict';
import { test } from 'node:test';
import { sortFindings } from '../../src/core/diagnostic.js';
import { loadDesignFile } from '../../src/model/load.js';
import type { Design } from '../../src/model/types.js';
import { renderFailureModes, resilienceRules } from '../../src/resilience/index.js';
import { DEFAULT_REVIEW_OPTIONS } from '../../src/core/design-rule.js';
import { runDesignRules } from '../../src/core/run-design-rules.js';
import { REPO } from '../support/cli.js';

const SERVICES = ['storefront', 'orders', 'payments'];

/** Loads the example system from the repository root, so findings show repository-relative paths. */
function loadSystem(names = SERVICES): Design[] {
  return names.map((name) => loadDesignFile(`examples/system/${name}/archway.yaml`, { cwd: REPO }));
}

const describe = (designs: Design[]) =>
  sortFindings(runDesignRules(resilienceRules, designs, DEFAULT_REVIEW_OPTIONS)).map(
    (f) => `${f.ruleId} ${f.severity} ${f.location.file}:${f.location.line} ${f.message}`,
  );

test('the three-service system: amplification across hops and timeout budgets that do not add up', () => {
  assert.deepEqual(describe(loadSystem()), [
    // orders: payments 3 × 400ms + (50 + 100)ms backoff = 1350ms, then orders-db 50ms: 1400ms > 500ms
    'timeout-budget error examples/system/orders/archway.yaml:18 worst case of the synchronous path 1.35s + 50ms = 1.4s exceeds the 500ms deadline (nfr.latency.p99) by 900ms; payments: 3 × 400ms + 150ms backoff = 1.35s is the largest part',
    // payments times card-network out at 100ms, below its 200ms p99: more than 1% of healthy calls time out
    'timeout-below-p99 warn examples/system/payments/archway.yaml:22 "card-network" times out at 100ms, below its own p99 of 200ms, so more than 1% of calls time out while it is healthy',
    // storefront → orders → payments → card-network: 3 attempts at each of three hops = 27
    'retry-amplification warn examples/system/storefront/archway.yaml:13 storefront → orders → payments → card-network can send 3 × 3 × 3 = 27 attempts to card-network per request, above the 10× limit',
    // storefront gives orders 450ms per attempt, but orders can take 1.4s
    'timeout-budget warn examples/system/storefront/archway.yaml:19 storefront waits 450ms per attempt on orders, whose own worst case is 1.35s + 50ms = 1.4s: orders keeps working on calls storefront has abandoned and retried (3 attempts)',
  ]);
});

test('reviewed one at a time, the services show none of the cross-service findings', () => {
  // storefront alone: 3 × 450ms + (50 + 100)ms = 1.5s, exactly its 1500ms p99; one hop of 3 attempts
  assert.deepEqual(describe(loadSystem(['storefront'])), []);
  // payments alone: 3 × 100ms + (10 + 20)ms = 330ms within 350ms
  assert.deepEqual(
    describe(loadSystem(['payments'])).map((line) => line.split(' ')[0]),
    ['timeout-below-p99'],
    'its timeout below the p99 is its own',
  );
  assert.deepEqual(
    describe(loadSystem(['orders'])).map((line) => line.split(' ')[0]),
    ['timeout-budget'],
    'the orders budget is wrong on its own',
  );
});

test('the Failure modes section shows the critical path, the downstream budgets and each figure', () => {
  const system = loadSystem();
  const storefront = renderFailureModes(system[0], system, DEFAULT_REVIEW_OPTIONS);
  assert.match(storefront, /^### Dependencies\n/);
  assert.ok(storefront.includes('| orders | http / sync | yes | 99.95% | 450ms | 3 | 1.5s | 50% over 30s | — | key |'), storefront);
  assert.ok(
    storefront.includes(
      '1. orders: 3 × 450ms + 150ms backoff = 1.5s\n\nWorst case 1.5s, exactly at the 1500ms deadline (nfr.latency.p99), with nothing to spare.',
    ),
    storefront,
  );
  assert.ok(
    storefront.includes('- orders (reviewed in this system): its own worst case 1.35s + 50ms = 1.4s **outlasts** the 450ms timeout given to it here'),
    storefront,
  );
  assert.ok(storefront.includes('- storefront → orders → payments → card-network: 3 × 3 × 3 = 27×'), storefront);
  const orders = renderFailureModes(system[1], system, DEFAULT_REVIEW_OPTIONS);
  // 99.99% × 99.99% = 99.980001%
  assert.ok(orders.includes('payments 99.99% × orders-db 99.99% = 99.98%, meets the 99.95% target'), orders);
  assert.ok(orders.includes('- stock-levels: 2 consumers × 150/s = 300/s against 200/s × 1.2 = 240/s needed (enough)'), orders);
  assert.equal(renderFailureModes(system[1], system, DEFAULT_REVIEW_OPTIONS), orders, 'deterministic');
});
