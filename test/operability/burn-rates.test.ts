import assert from 'node:assert/strict';
import { test } from 'node:test';
import { loadDesignText } from '../../src/model/load.js';
import { BURN_ALERTS, burnFactor, threshold } from '../../src/operability/burn-rates.js';

const sloWith = (objective: string, window: string) =>
  loadDesignText(
    `archway: 1\nservice: { name: a }\nslos:\n  - { name: s, sli: { kind: availability }, objective: ${objective}, window: ${window} }\n`,
    '/tmp/op/archway.yaml',
  ).slos[0];

test('burn factors reproduce the workbook for 30 days and scale with the window', () => {
  assert.deepEqual(
    BURN_ALERTS.map((a) => burnFactor(a, sloWith('99.9%', '30d'))),
    [14.4, 6, 3, 1],
  );
  // 28d: 2% × 672h / 1h = 13.44; 5% × 672 / 6 = 5.6; 10% × 28 = 2.8; 10% × 28 / 3 = 0.933 → clamped to 1
  assert.deepEqual(
    BURN_ALERTS.map((a) => burnFactor(a, sloWith('99.9%', '28d'))),
    [13.44, 5.6, 2.8, 1],
  );
  // 7d: 3.36, 1.4, then 0.7 and 0.233, clamped: never alert below the sustainable rate
  assert.deepEqual(
    BURN_ALERTS.map((a) => burnFactor(a, sloWith('99.9%', '7d'))),
    [3.36, 1.4, 1, 1],
  );
});

test('thresholds are factor × error budget', () => {
  // 99.9% over 28d: budget 0.001, page at 13.44 × 0.001
  assert.equal(threshold(BURN_ALERTS[0], sloWith('99.9%', '28d')), 0.01344);
  assert.equal(threshold(BURN_ALERTS[2], sloWith('99%', '30d')), 0.03);
});
