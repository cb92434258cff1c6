import type { Design, Slo } from '../model/types.js';
import { round } from '../model/units.js';
import { BURN_ALERTS, threshold } from './burn-rates.js';
import { alertAnnotations, alertSpecs, BUDGET_REMAINING, RECORDING_PREFIX, type AlertSpec } from './alerts.js';
import { durationMetric, formatLe, requestsCounter, STATUS_LABEL } from './metrics.js';
import { signalAlerts } from './signals.js';

/** Requests per minute in the synthetic series: large enough that tiny budgets get whole-number errors. */
const PER_MINUTE = 100_000;

/**
 * Healthy minutes before a fast burn starts: six hours fill the longest page window, so the ratios
 * grow as they would in production instead of starting from a window that holds only the burn.
 */
const HISTORY = 360;

/**
 * `alerts/prometheus-rules.test.yaml` for `promtool test rules`. Per SLO:
 * - a fast burn after six healthy hours pages when the workbook says it should: a bad fraction f
 *   lifts the 1h ratio to f × t / 60 after t minutes, so the 1h/5m pair fires once t exceeds
 *   60 × threshold / f (the 6h/30m pair likewise at 360 × its threshold / f). The test checks the
 *   page is absent a minute before the earlier of the two and present a minute after;
 * - a steady slow burn, between the highest ticket and the lowest page threshold, tickets and
 *   does not page;
 * - a healthy service fires nothing and keeps its whole error budget.
 */
export function prometheusRuleTests(design: Design, runbookBaseUrl?: string): object {
  const tests = design.slos.flatMap((slo) => {
    const [fast, slow] = alertSpecs(design).filter((s) => s.slo === slo);
    const thresholds = (severity: 'page' | 'ticket') => BURN_ALERTS.filter((a) => a.severity === severity).map((a) => ({ alert: a, limit: threshold(a, slo) }));
    const pageLow = Math.min(...thresholds('page').map((t) => t.limit));
    const ticketHigh = Math.max(...thresholds('ticket').map((t) => t.limit));
    const fastFraction = observed(Math.min(1, 2 * Math.max(...thresholds('page').map((t) => t.limit))));
    const slowFraction = observed((ticketHigh + pageLow) / 2);
    // Minutes after the burn starts at which each page pair's long window crosses its threshold;
    // a pair whose threshold the burn never reaches (a loose objective's 1h pair) never fires.
    const fires = Math.min(
      ...thresholds('page')
        .filter((t) => t.limit < fastFraction)
        .map(({ alert, limit }) => (alert.longMs / 60_000) * (limit / fastFraction)),
    );
    const before = Math.floor(fires) - 1;
    const after = Math.ceil(fires) + 1;
    const labels = `{service="${design.service.name}",slo="${slo.name}"}`;
    const expect = (spec: AlertSpec, at: number, firing: boolean) => ({
      eval_time: `${at}m`,
      alertname: spec.name,
      exp_alerts: firing
        ? [
            {
              exp_labels: { severity: spec.severity, service: design.service.name, slo: slo.name },
              exp_annotations: alertAnnotations(design, spec, runbookBaseUrl),
            },
          ]
        : [],
    });
    // The recorded ratio, compared in parts per million: float sums are not exact.
    const ratio = (fraction: number, at: number) => ({
      expr: `round(${RECORDING_PREFIX}5m${labels} * 1000000)`,
      eval_time: `${at}m`,
      exp_samples: [{ labels, value: Math.round(fraction * 1_000_000) }],
    });
    const verb = fast.severity === 'page' ? 'pages' : 'opens a ticket';
    return [
      {
        name: `${slo.name}: a fast burn (${pct(fastFraction)} bad after ${HISTORY / 60}h healthy) ${verb} ${round(fires, 1)} minutes in`,
        interval: '1m',
        input_series: series(design, slo, { healthy: HISTORY, fraction: fastFraction, burning: after }),
        alert_rule_test: [...(before > 0 ? [expect(fast, HISTORY + before, false)] : []), expect(fast, HISTORY + after, true)],
        promql_expr_test: [ratio(fastFraction, HISTORY + after)],
      },
      {
        name: `${slo.name}: a steady slow burn (${pct(slowFraction)} bad) opens a ticket and does not page`,
        interval: '1m',
        input_series: series(design, slo, { healthy: 0, fraction: slowFraction, burning: HISTORY }),
        alert_rule_test: [expect(fast, HISTORY, false), expect(slow, HISTORY, true)],
        promql_expr_test: [ratio(slowFraction, HISTORY)],
      },
      {
        name: `${slo.name}: a healthy service fires nothing`,
        interval: '1m',
        input_series: series(design, slo, { healthy: HISTORY, fraction: 0, burning: 0 }),
        alert_rule_test: [expect(fast, HISTORY, false), expect(slow, HISTORY, false)],
        promql_expr_test: [
          ratio(0, HISTORY),
          { expr: `${BUDGET_REMAINING}${labels}`, eval_time: `${HISTORY}m`, exp_samples: [{ labels: `${BUDGET_REMAINING}${labels}`, value: 1 }] },
        ],
      },
    ];
  });
  // With no SLI series at all (only the scrape's `up`), the absent() alert tickets once its 15m hold has passed.
  const missing = signalAlerts(design).find((s) => s.name.endsWith('SliMissing'));
  const base = runbookBaseUrl ?? design.operability?.runbookBaseUrl;
  if (missing) {
    const expectMissing = (at: number, firing: boolean) => ({
      eval_time: `${at}m`,
      alertname: missing.name,
      exp_alerts: firing
        ? [
            {
              exp_labels: { job: design.service.name, severity: 'ticket', service: design.service.name },
              exp_annotations: {
                summary: missing.summary,
                description: missing.description,
                runbook_url: base ? `${base.replace(/\/$/, '')}/${missing.runbook}` : `runbooks/${missing.runbook}`,
              },
            },
          ]
        : [],
    });
    tests.push({
      name: 'the SLI series stop arriving: the absent() alert tickets after 15 minutes',
      interval: '1m',
      input_series: [{ series: `up{job="${design.service.name}"}`, values: '1x30' }],
      alert_rule_test: [expectMissing(14, false), expectMissing(16, true)],
    } as never);
  }
  return { rule_files: ['prometheus-rules.yaml'], evaluation_interval: '1m', tests };
}

/** The bad share a series of whole requests per minute really carries. */
function observed(fraction: number): number {
  return Math.round(fraction * PER_MINUTE) / PER_MINUTE;
}

/**
 * Counter notation for `healthy` minutes of `healthyRate` per minute, then `burning` minutes of
 * `burnRate`: promtool's `a+bxn` yields n + 1 samples, so the second segment starts one step on.
 */
function counter(healthyRate: number, burnRate: number, healthy: number, burning: number): string {
  const first = healthy > 0 || burning === 0 ? [`0+${healthyRate}x${healthy}`] : [];
  const start = healthy > 0 ? healthyRate * healthy + burnRate : 0;
  const second = burning > 0 ? [`${start}+${burnRate}x${healthy > 0 ? burning - 1 : burning}`] : [];
  return [...first, ...second].join(' ');
}

function series(design: Design, slo: Slo, shape: { healthy: number; fraction: number; burning: number }) {
  const metric = durationMetric(design, slo);
  const job = [`job="${design.service.name}"`, ...selectorLabels(slo.sli.selector)].join(',');
  const bad = Math.round(shape.fraction * PER_MINUTE);
  const good = counter(PER_MINUTE, PER_MINUTE - bad, shape.healthy, shape.burning);
  if (slo.sli.kind === 'availability') {
    const requests = requestsCounter(design, slo);
    return [
      { series: `${requests}{${job},${STATUS_LABEL}="200"}`, values: good },
      { series: `${requests}{${job},${STATUS_LABEL}="${errorStatus(slo.sli.errorStatuses)}"}`, values: counter(0, bad, shape.healthy, shape.burning) },
    ];
  }
  const le = formatLe(slo.sli.threshold!.ms / 1000);
  return [
    { series: `${metric}_bucket{${job},le="${le}"}`, values: good },
    { series: `${metric}_count{${job}}`, values: counter(PER_MINUTE, PER_MINUTE, shape.healthy, shape.burning) },
  ];
}

/**
 * Labels that make a synthetic series pass the SLO's extra matchers: `name="v"` gives the label
 * `v`, `name=~"a|b"` its first alternative; negative matchers pass on an absent label. A regex
 * with no literal alternative gets none, and `promtool test rules` reports the series unmatched.
 */
function selectorLabels(selector = ''): string[] {
  const labels: string[] = [];
  for (const [, name, op, value] of selector.matchAll(/([a-zA-Z_][a-zA-Z0-9_]*)\s*(=~|!~|!=|=)\s*"((?:[^"\\]|\\.)*)"/g)) {
    if (op === '=') labels.push(`${name}="${value}"`);
    else if (op === '=~') {
      const first = value.split('|')[0];
      if (new RegExp(`^(?:${value})$`).test(first)) labels.push(`${name}="${first}"`);
    }
  }
  return labels;
}

/** A status code the SLO counts as an error: 500 for the default `5..`, else the first code the pattern matches. */
function errorStatus(pattern = '5..'): string {
  const regex = new RegExp(`^(?:${pattern})$`);
  return regex.test('500') ? '500' : (Array.from({ length: 500 }, (_, i) => String(100 + i)).find((c) => regex.test(c)) ?? '500');
}

function pct(fraction: number): string {
  return `${round(fraction * 100, 4)}%`;
}
