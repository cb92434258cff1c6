import assert from 'node:assert/strict';
import { test } from 'node:test';
import { renderOperability } from '../../../src/operability/index.js';
import { design } from './support.js';

test('renderOperability: no SLO, no section', () => {
  assert.equal(renderOperability(design('nfr: { availability: 99.9% }\n')), '');
});

test('renderOperability: budgets, the SLOs left out, burn factors clamped at 1, page: false tickets, and the generated files', () => {
  const slos =
    'slos:\n' +
    '  - { name: availability, sli: { kind: availability, errorStatuses: "5..|429" }, objective: 99.9%, window: 28d }\n' +
    '  - { name: latency, sli: { kind: latency, threshold: 250ms }, objective: 99%, window: 7d, page: false }\n' +
    '  - { name: broken, sli: { kind: availability }, objective: 100%, window: 28d }\n';
  // 28d = 672h: 2% × 672h / 1h = 13.44, 5% × 672 / 6 = 5.6, 10% × 672 / 24 = 2.8, 10% × 672 / 72 = 0.93 → 1.
  // 7d = 168h: 3.36, 1.4, 0.7 → 1, 0.23 → 1. Budgets: 0.1% of 28d = 40.32m, 1% of 7d = 1.68h.
  assert.equal(
    renderOperability(design(slos)),
    [
      '### SLOs',
      '',
      '| SLO | SLI | objective | window | error budget |',
      '| --- | --- | --- | --- | --- |',
      '| availability | good = not 5..\\|429 | 99.9% | 28d | 0.1% = 40.32m of full outage |',
      '| latency | good = faster than 250ms | 99% | 7d | 1% = 1.68h of full outage |',
      '| broken | good = not 5xx | 100% | 28d | 0% = 0ms of full outage |',
      '',
      '### Not generated',
      '',
      'No rules are generated for these SLOs until they are fixed:',
      '',
      '- SLO "broken": an objective of 100% leaves no error budget, so any single error would page',
      '',
      '### Alerting',
      '',
      'Multi-window, multi-burn-rate alerts (Google SRE workbook, ch. 5): a fast burn pages a human, a slow burn opens a ticket. Burn factors are the workbook’s budget shares (2% in 1h, 5% in 6h, 10% in 1d, 10% in 3d) scaled to each SLO’s window.',
      '',
      '| alert | severity | fires when (long and short window both above) | runbook |',
      '| --- | --- | --- | --- |',
      '| `OrdersAvailabilityFastBurn` | page | 1h/5m > 13.44× (1.344% bad) or 6h/30m > 5.6× (0.56% bad) | runbooks/orders-availability-fast-burn.md |',
      '| `OrdersAvailabilitySlowBurn` | ticket | 1d/2h > 2.8× (0.28% bad) or 3d/6h > 1× (0.1% bad) | runbooks/orders-availability-slow-burn.md |',
      '| `OrdersLatencyFastBurn` | ticket | 1h/5m > 3.36× (3.36% bad) or 6h/30m > 1.4× (1.4% bad) | runbooks/orders-latency-fast-burn.md |',
      '| `OrdersLatencySlowBurn` | ticket | 1d/2h > 1× (1% bad) or 3d/6h > 1× (1% bad) | runbooks/orders-latency-slow-burn.md |',
      '',
      '### Generated',
      '',
      '- `alerts/prometheus-rules.yaml`: recording rules for 5m … 3d bad ratios, and the alerts above (checked by `promtool check rules`).',
      '- `alerts/prometheus-rules.test.yaml`: `promtool test rules` cases: a fast burn pages, a slow burn tickets without paging, a healthy service fires nothing.',
      '- `dashboards/orders.json`: Grafana golden signals, error budget and burn rates, and each dependency’s latency and errors.',
      '- `runbooks/`: one per alert, with first checks drawn from the dependencies and the rollout.',
    ].join('\n'),
  );
});
