import assert from 'node:assert/strict';
import { test } from 'node:test';
import { renderFailureModes } from '../../src/resilience/index.js';
import { DEFAULT_REVIEW_OPTIONS } from '../../src/core/design-rule.js';
import { design } from './support.js';

const render = (body: string) => {
  const d = design(body);
  return renderFailureModes(d, [d], DEFAULT_REVIEW_OPTIONS);
};

test('a service without dependencies has no Failure modes body', () => {
  assert.equal(render('nfr: { latency: { p99: 100ms } }\n'), '');
});

test('the critical path names the slowest call of each parallel group and checks the sum against the deadline', () => {
  const text = render(
    'nfr: { latency: { p99: 900ms }, availability: 99.9% }\ndependencies:\n' +
      '  - { name: stock, kind: grpc, critical: true, availability: 99.95%, timeout: 80ms, retries: { max: 2, backoff: exponential }, parallel: checks }\n' +
      '  - { name: profile, kind: http, timeout: 100ms, parallel: checks }\n' +
      '  - { name: payments, kind: http, critical: true, availability: 99.9%, latency: { p99: 250ms }, timeout: 300ms, retries: { max: 1, backoff: exponential, baseDelay: 50ms }, idempotencyKey: true }\n',
  );
  // stock: 3 × 80ms + (100 + 200)ms default backoff = 540ms; profile 100ms; payments 2 × 300ms + 50ms = 650ms
  assert.ok(
    text.includes(
      '1. stock: 3 × 80ms + 300ms backoff = 540ms — slowest of parallel group `checks` (also profile 100ms)\n2. payments: 2 × 300ms + 50ms backoff = 650ms',
    ),
    text,
  );
  // max(540, 100) + 650 = 1190ms, 290ms over 900ms
  assert.ok(text.includes('Worst case max(540ms, 100ms) + 650ms = 1.19s, **over** the 900ms deadline (nfr.latency.p99) by 290ms.'), text);
  assert.ok(text.includes('| payments | http / sync | yes | 99.9% | 300ms | 2 | 650ms | — | — | key |'), text);
  // 99.95% × 99.9% = 99.85005% (shown 99.8501%); 99.9 − 99.85005 = 0.04995 → 0.05 points
  assert.ok(text.includes('stock 99.95% × payments 99.9% = 99.8501%, **below** the 99.9% target by 0.05 points.'), text);
  assert.ok(
    text.includes('max(stock 0ms, profile 0ms) + payments 250ms = 250ms, within the 900ms p99 target; no p99 stated for stock, profile (counted as 0).'),
    text,
  );
  assert.ok(text.endsWith('Backoff without a `baseDelay` is taken as 100ms.'), 'the default is stated');
});

test('a call without a timeout makes the path unbounded; no target means no verdict', () => {
  const text = render('dependencies:\n  - { name: search, kind: http }\n');
  assert.ok(text.includes('| search | http / sync | no | — | — | 1 | unbounded | — | — | no |'), text);
  assert.ok(text.includes('Worst case ∞, unbounded: a call on the path has no timeout.'), text);
  assert.ok(!text.includes('### Figures'), 'no figure without inputs');
});
