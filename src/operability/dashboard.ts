import { consumed, DEAD_LETTER_METRIC, LAG_METRIC, lagLimit } from './signals.js';
import type { Design } from '../model/types.js';
import { BURN_ALERTS, burnFactor, errorBudget } from './burn-rates.js';
import { BUDGET_REMAINING, RECORDING_PREFIX } from './alerts.js';
import { clientMetric, durationMetric, requestsCounter, selector, STATUS_LABEL } from './metrics.js';

interface Panel {
  title: string;
  exprs: Array<{ expr: string; legend: string }>;
  unit: string;
  description?: string;
}

/**
 * `dashboards/<service>.json`: a Grafana dashboard of the golden signals, each SLO's budget and
 * burn rates, and every dependency's latency and errors measured from this side.
 */
export function grafanaDashboard(design: Design): object {
  const metric = durationMetric(design);
  const requests = requestsCounter(design);
  const sel = selector(design);
  const errors = design.slos.find((s) => s.sli.kind === 'availability')?.sli.errorStatuses ?? '5..';
  // Client-side panels only when the design declares client-side metrics; otherwise they would chart series nobody exports.
  const outbound = design.telemetry?.metrics?.clientSide ? design.dependencies.filter((d) => d.direction !== 'inbound') : [];
  const inbound = consumed(design);
  const rows: Array<{ title: string; panels: Panel[] }> = [
    {
      title: 'Golden signals',
      panels: [
        { title: 'Traffic', unit: 'reqps', exprs: [{ expr: `sum(rate(${requests}{${sel}}[5m]))`, legend: 'requests/s' }] },
        {
          title: 'Errors',
          unit: 'percentunit',
          exprs: [{ expr: `sum(rate(${requests}{${sel},${STATUS_LABEL}=~"${errors}"}[5m])) / sum(rate(${requests}{${sel}}[5m]))`, legend: `${errors} ratio` }],
        },
        {
          title: 'Latency',
          unit: 's',
          exprs: ['0.5', '0.99'].map((q) => ({
            expr: `histogram_quantile(${q}, sum by (le) (rate(${metric}_bucket{${sel}}[5m])))`,
            legend: `p${Number(q) * 100}`,
          })),
        },
        { title: 'Saturation (in-flight requests)', unit: 'short', exprs: [{ expr: `sum(http_server_active_requests{${sel}})`, legend: 'in flight' }] },
      ],
    },
    ...design.slos.map((slo) => {
      const labels = `{service="${design.service.name}",slo="${slo.name}"}`;
      return {
        title: `SLO ${slo.name} (${slo.objective.text} over ${slo.window.text})`,
        panels: [
          {
            title: 'Error budget remaining',
            unit: 'percentunit',
            description: `1 − (bad ratio over ${slo.window.text} ÷ budget ${errorBudget(slo)}); below 0 the SLO is breached.`,
            exprs: [{ expr: `${BUDGET_REMAINING}${labels}`, legend: 'remaining' }],
          },
          {
            title: 'Burn rate',
            unit: 'short',
            description: `1 spends the budget exactly over ${slo.window.text}. Pages above ${burnFactor(BURN_ALERTS[0], slo)} (1h) or ${burnFactor(BURN_ALERTS[1], slo)} (6h), tickets above ${burnFactor(BURN_ALERTS[2], slo)} (1d) or ${burnFactor(BURN_ALERTS[3], slo)} (3d).`,
            exprs: ['5m', '1h', '6h', '1d', '3d'].map((w) => ({ expr: `${RECORDING_PREFIX}${w}${labels} / ${errorBudget(slo)}`, legend: w })),
          },
        ],
      };
    }),
    ...(outbound.length > 0
      ? [
          {
            title: 'Dependencies (client side)',
            panels: outbound.flatMap((d) => {
              const { metric: client, matcher } = clientMetric(d);
              const dep = `job="${design.service.name}",${matcher}`;
              return [
                {
                  title: `${d.name} p99 latency${d.timeout ? ` (timeout ${d.timeout.text})` : ''}`,
                  unit: 's',
                  exprs: [{ expr: `histogram_quantile(0.99, sum by (le) (rate(${client}_bucket{${dep}}[5m])))`, legend: 'p99' }],
                },
                {
                  title: `${d.name} errors`,
                  unit: 'percentunit',
                  exprs: [{ expr: `sum(rate(${client}_count{${dep},error_type!=""}[5m])) / sum(rate(${client}_count{${dep}}[5m]))`, legend: 'error ratio' }],
                },
              ];
            }),
          },
        ]
      : []),
    ...(inbound.length > 0
      ? [
          {
            title: 'Consumed queues and topics',
            panels: inbound.flatMap((d) => {
              const dest = `job="${design.service.name}",messaging_destination_name="${d.name}"`;
              return [
                {
                  title: `${d.name} consumer lag (alert above ${lagLimit(d).messages})`,
                  unit: 'short',
                  exprs: [{ expr: `sum(${LAG_METRIC}{${dest}})`, legend: 'messages behind' }],
                },
                ...(d.dlq
                  ? [
                      {
                        title: `${d.name} dead letters`,
                        unit: 'short',
                        exprs: [{ expr: `sum(increase(${DEAD_LETTER_METRIC}{${dest}}[15m]))`, legend: 'dead-lettered / 15m' }],
                      },
                    ]
                  : []),
              ];
            }),
          },
        ]
      : []),
  ];
  let id = 0;
  let y = 0;
  const panels: object[] = [];
  for (const row of rows) {
    panels.push({ id: ++id, type: 'row', title: row.title, collapsed: false, gridPos: { h: 1, w: 24, x: 0, y: y++ } });
    row.panels.forEach((panel, i) => {
      panels.push({
        id: ++id,
        type: 'timeseries',
        title: panel.title,
        ...(panel.description ? { description: panel.description } : {}),
        datasource: { type: 'prometheus', uid: '${datasource}' },
        fieldConfig: { defaults: { unit: panel.unit }, overrides: [] },
        gridPos: { h: 8, w: 12, x: (i % 2) * 12, y: y + Math.floor(i / 2) * 8 },
        targets: panel.exprs.map((e, j) => ({ refId: String.fromCharCode(65 + j), expr: e.expr, legendFormat: e.legend })),
      });
    });
    y += Math.ceil(row.panels.length / 2) * 8;
  }
  return {
    title: `${design.service.name} — service health`,
    uid: `archway-${design.service.name}`.slice(0, 40),
    tags: ['archway', design.service.name],
    timezone: 'utc',
    schemaVersion: 39,
    time: { from: 'now-6h', to: 'now' },
    templating: { list: [{ name: 'datasource', type: 'datasource', query: 'prometheus', current: {} }] },
    panels,
  };
}
