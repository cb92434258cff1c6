import type { Design } from '../model/types.js';
import { errorBudget } from './burn-rates.js';
import { RECORDING_PREFIX } from './alerts.js';
import { DEFAULT_CLIENT_DURATION, durationMetric, selector, STATUS_LABEL } from './metrics.js';

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
  const sel = selector(design);
  const rows: Array<{ title: string; panels: Panel[] }> = [
    {
      title: 'Golden signals',
      panels: [
        { title: 'Traffic', unit: 'reqps', exprs: [{ expr: `sum(rate(${metric}_count{${sel}}[5m]))`, legend: 'requests/s' }] },
        { title: 'Errors', unit: 'percentunit', exprs: [{ expr: `sum(rate(${metric}_count{${sel},${STATUS_LABEL}=~"5.."}[5m])) / sum(rate(${metric}_count{${sel}}[5m]))`, legend: '5xx ratio' }] },
        {
          title: 'Latency',
          unit: 's',
          exprs: ['0.5', '0.99'].map((q) => ({ expr: `histogram_quantile(${q}, sum by (le) (rate(${metric}_bucket{${sel}}[5m])))`, legend: `p${Number(q) * 100}` })),
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
            description: `1 − (bad ratio over 3d ÷ budget ${errorBudget(slo)}); the 3-day rate stands in for the ${slo.window.text} window.`,
            exprs: [{ expr: `1 - (${RECORDING_PREFIX}3d${labels} / ${errorBudget(slo)})`, legend: 'remaining' }],
          },
          {
            title: 'Burn rate',
            unit: 'short',
            exprs: ['5m', '1h', '6h', '1d'].map((w) => ({ expr: `${RECORDING_PREFIX}${w}${labels} / ${errorBudget(slo)}`, legend: w })),
          },
        ],
      };
    }),
    ...(design.dependencies.some((d) => d.direction !== 'inbound')
      ? [
          {
            title: 'Dependencies (client side)',
            panels: design.dependencies
              .filter((d) => d.direction !== 'inbound')
              .flatMap((d) => {
                const dep = `job="${design.service.name}",server_address="${d.name}"`;
                return [
                  { title: `${d.name} p99 latency${d.timeout ? ` (timeout ${d.timeout.text})` : ''}`, unit: 's', exprs: [{ expr: `histogram_quantile(0.99, sum by (le) (rate(${DEFAULT_CLIENT_DURATION}_bucket{${dep}}[5m])))`, legend: 'p99' }] },
                  { title: `${d.name} errors`, unit: 'percentunit', exprs: [{ expr: `sum(rate(${DEFAULT_CLIENT_DURATION}_count{${dep},error_type!=""}[5m])) / sum(rate(${DEFAULT_CLIENT_DURATION}_count{${dep}}[5m]))`, legend: 'error ratio' }] },
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
