import type { Design, Slo } from '../model/types.js';
import { round } from '../model/units.js';
import { BURN_ALERTS, threshold } from './burn-rates.js';
import { alertAnnotations, alertSpecs, RECORDING_PREFIX } from './alerts.js';
import { durationMetric, formatLe, STATUS_LABEL } from './metrics.js';

/** Requests per minute in the synthetic series: large enough that tiny budgets get whole-number errors. */
const PER_MINUTE = 100_000;

/**
 * `alerts/prometheus-rules.test.yaml` for `promtool test rules`: per SLO, a fast burn pages within
 * 10 minutes, a slow burn opens a ticket without paging, and a healthy service fires nothing.
 * Bad fractions sit between thresholds so each scenario can only trip the alert it tests.
 */
export function prometheusRuleTests(design: Design, runbookBaseUrl?: string): object {
  const tests = design.slos.flatMap((slo) => {
    const [fast, slow] = alertSpecs(design).filter((s) => s.slo === slo);
    const pageLow = Math.min(...BURN_ALERTS.filter((a) => a.severity === 'page').map((a) => threshold(a, slo)));
    const ticketHigh = Math.max(...BURN_ALERTS.filter((a) => a.severity === 'ticket').map((a) => threshold(a, slo)));
    const fastFraction = Math.min(0.95, pageLow * 3);
    const slowFraction = round((ticketHigh + pageLow) / 2, 10);
    const scenario = (name: string, fraction: number, minutes: number, firing: Array<{ alert: string; severity: string }>) => ({
      name: `${slo.name}: ${name}`,
      interval: '1m',
      input_series: series(design, slo, fraction, minutes),
      alert_rule_test: [fast, slow].map((spec) => ({
        eval_time: `${minutes}m`,
        alertname: spec.name,
        exp_alerts: firing
          .filter((f) => f.alert === spec.name)
          .map((f) => ({ exp_labels: { severity: f.severity, service: design.service.name, slo: slo.name }, exp_annotations: alertAnnotations(design, spec, runbookBaseUrl) })),
      })),
      // The recorded ratio, compared in parts per million: float sums are not exact.
      promql_expr_test: [
        {
          expr: `round(${RECORDING_PREFIX}5m{service="${design.service.name}",slo="${slo.name}"} * 1000000)`,
          eval_time: `${minutes}m`,
          exp_samples: [{ labels: `{service="${design.service.name}",slo="${slo.name}"}`, value: Math.round(observed(fraction) * 1_000_000) }],
        },
      ],
    });
    return [
      // A fast burn is also a slow one: the ticket fires beside the page.
      scenario(`a fast burn (${pct(fastFraction)} bad) pages within 10 minutes`, fastFraction, 10, [
        { alert: fast.name, severity: fast.severity },
        { alert: slow.name, severity: 'ticket' },
      ]),
      scenario(`a slow burn (${pct(slowFraction)} bad) opens a ticket and does not page`, slowFraction, 360, [{ alert: slow.name, severity: 'ticket' }]),
      scenario('a healthy service fires nothing', 0, 360, []),
    ];
  });
  return { rule_files: ['prometheus-rules.yaml'], evaluation_interval: '1m', tests: stripUndefined(tests) };
}

/** Whole requests per minute: the bad share the series really carries. */
function badPerMinute(fraction: number): number {
  return Math.round(fraction * PER_MINUTE);
}

function observed(fraction: number): number {
  return badPerMinute(fraction) / PER_MINUTE;
}

function series(design: Design, slo: Slo, fraction: number, minutes: number) {
  const metric = durationMetric(design, slo);
  const job = `job="${design.service.name}"`;
  const bad = badPerMinute(fraction);
  const counter = (perMinute: number) => `0+${perMinute}x${minutes}`;
  if (slo.sli.kind === 'availability') {
    return [
      { series: `${metric}_count{${job},${STATUS_LABEL}="200"}`, values: counter(PER_MINUTE - bad) },
      { series: `${metric}_count{${job},${STATUS_LABEL}="500"}`, values: counter(bad) },
    ];
  }
  const le = formatLe(slo.sli.threshold!.ms / 1000);
  return [
    { series: `${metric}_bucket{${job},le="${le}"}`, values: counter(PER_MINUTE - bad) },
    { series: `${metric}_count{${job}}`, values: counter(PER_MINUTE) },
  ];
}

function pct(fraction: number): string {
  return `${round(fraction * 100, 4)}%`;
}

function stripUndefined<T>(value: T): T {
  return JSON.parse(JSON.stringify(value));
}

