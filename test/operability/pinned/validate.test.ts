import assert from 'node:assert/strict';
import { test } from 'node:test';
import { sloProblems } from '../../../src/operability/validate.js';
import { generateOperability } from '../../../src/operability/index.js';
import { design } from './support.js';

const problems = (slos: string, extra = '') => sloProblems(design(`${extra}slos:\n${slos}`)).map((p) => `${p.pointer} ${p.message}`);

test('sloProblems: a healthy availability and latency SLO have none', () => {
  assert.deepEqual(
    problems(
      '  - { name: a, sli: { kind: availability, errorStatuses: "5..|429" }, objective: 99.9%, window: 28d }\n  - { name: l, sli: { kind: latency, threshold: 250ms }, objective: 99%, window: 7d }\n',
    ),
    [],
  );
});

test('sloProblems: duplicate names, short windows, budgets too large to page (6h alert: 5% × 600h / 6h = 5 × 20% = 1 exactly), and 100% objectives', () => {
  assert.deepEqual(
    problems(
      '  - { name: a, sli: { kind: availability }, objective: 99.9%, window: 28d }\n' +
        '  - { name: a, sli: { kind: availability }, objective: 99.9%, window: 6d }\n' +
        '  - { name: b, sli: { kind: availability }, objective: 80%, window: 25d }\n' +
        '  - { name: c, sli: { kind: availability }, objective: 100%, window: 28d }\n',
    ),
    [
      '/slos/1/name SLO "a": another SLO has the same name; alert and recording rules need unique names',
      '/slos/1/window SLO "a": a 6d window is too short for burn-rate alerts: below 7d the page and ticket thresholds meet at the sustainable rate',
      '/slos/2/objective SLO "b": 80% over 25d leaves so large a budget that even 100% bad requests would not page',
      '/slos/3/objective SLO "c": an objective of 100% leaves no error budget, so any single error would page',
    ],
  );
  assert.deepEqual(problems('  - { name: a, sli: { kind: availability }, objective: 99.9%, window: 7d }\n'), [], '7d is the shortest window');
});

test('sloProblems: latency thresholds must be a bucket boundary; error statuses must be a regular expression', () => {
  assert.deepEqual(
    problems(
      '  - { name: l, sli: { kind: latency }, objective: 99%, window: 28d }\n' +
        '  - { name: m, sli: { kind: latency, threshold: 300ms }, objective: 99%, window: 28d }\n' +
        '  - { name: e, sli: { kind: availability, errorStatuses: "5(.." }, objective: 99%, window: 28d }\n',
      'telemetry: { metrics: { buckets: [100ms, 250ms, 1s] } }\n',
    ),
    [
      '/slos/0/sli SLO "l": a latency SLI needs `threshold` (a histogram bucket boundary)',
      '/slos/1/sli/threshold SLO "m": 300ms is not a histogram bucket boundary (100ms, 250ms, 1s); declare the real ones in telemetry.metrics.buckets',
      '/slos/2/sli/errorStatuses SLO "e": "5(.." is not a regular expression',
    ],
  );
});

test('generateOperability leaves out SLOs with problems: only a dashboard when none is usable', () => {
  const files = generateOperability(design('slos:\n  - { name: c, sli: { kind: availability }, objective: 100%, window: 28d }\n'));
  assert.deepEqual([...files.keys()], ['dashboards/orders.json']);
  const usable = generateOperability(
    design(
      'slos:\n  - { name: c, sli: { kind: availability }, objective: 100%, window: 28d }\n  - { name: a, sli: { kind: availability }, objective: 99.9%, window: 28d }\n',
    ),
  );
  assert.deepEqual([...usable.keys()].sort(), [
    'alerts/prometheus-rules.test.yaml',
    'alerts/prometheus-rules.yaml',
    'dashboards/orders.json',
    'runbooks/orders-a-fast-burn.md',
    'runbooks/orders-a-slow-burn.md',
    'runbooks/orders-sli-missing.md',
  ]);
  assert.doesNotMatch(usable.get('alerts/prometheus-rules.yaml')!, /orders-c|slo="c"/);
});
