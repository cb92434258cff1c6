import assert from 'node:assert/strict';
import { test } from 'node:test';
import { review } from '../../src/review/pipeline.js';
import { REPO } from '../support/cli.js';

test('the three-service system example: amplification across hops and a budget that does not add up', () => {
  const previous = process.cwd();
  process.chdir(REPO);
  try {
    const result = review(['examples/system/storefront/archway.yaml', 'examples/system/orders/archway.yaml', 'examples/system/payments/archway.yaml']);
    const lines = result.findings.map((f) => `${f.ruleId}@${f.location.file}:${f.location.line} ${f.message}`);
    assert.deepEqual(lines, [
      'timeout-budget@examples/system/orders/archway.yaml:18 worst case of the synchronous path 1.35s + 50ms = 1.4s exceeds the 500ms deadline (nfr.latency.p99) by 900ms; payments: 3 × 400ms + 150ms backoff = 1.35s is the largest part',
      'retry-amplification@examples/system/storefront/archway.yaml:13 storefront → orders → payments → card-network can send 3 × 3 × 3 = 27 attempts to card-network per request, above the 10× limit',
    ]);
    // Reviewed alone, the storefront sees only its own hop (3 attempts): the system view is what finds it.
    assert.deepEqual(review(['examples/system/storefront/archway.yaml']).findings.map((f) => f.ruleId), []);
  } finally {
    process.chdir(previous);
  }
});
