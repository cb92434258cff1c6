import type { Design, Slo } from '../model/types.js';
import { formatPercent } from '../model/units.js';
import { BURN_ALERTS, burnFactor, errorBudget, factorWorking, promDuration, RATE_WINDOWS, threshold, type BurnAlert } from './burn-rates.js';
import { badRatioExpr } from './metrics.js';
import { signalAlerts } from './signals.js';

export const RECORDING_PREFIX = 'archway:slo_bad_ratio:rate';
/** The bad ratio over the whole SLO window, and the share of the error budget left. */
export const PERIOD_RATIO = 'archway:slo_bad_ratio:period';
export const BUDGET_REMAINING = 'archway:slo_error_budget_remaining:period';

export interface AlertSpec {
  name: string;
  slo: Slo;
  /** page: wakes a human; ticket: handled in working hours. */
  severity: 'page' | 'ticket';
  windows: BurnAlert[];
  runbook: string;
}

function pascal(text: string): string {
  return text.replace(/(^|[^a-zA-Z0-9])([a-zA-Z0-9])/g, (_, __, c: string) => c.toUpperCase());
}

export function kebabName(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

/** Two alerts per SLO: fast burn (pages, unless the SLO says `page: false`) and slow burn (tickets). */
export function alertSpecs(design: Design): AlertSpec[] {
  return design.slos.flatMap((slo) => {
    const base = `${pascal(design.service.name)}${pascal(slo.name)}`;
    const fast = BURN_ALERTS.filter((a) => a.severity === 'page');
    const slow = BURN_ALERTS.filter((a) => a.severity === 'ticket');
    return [
      {
        name: `${base}FastBurn`,
        slo,
        severity: slo.page ? 'page' : 'ticket',
        windows: fast,
        runbook: `${kebabName(`${design.service.name}-${slo.name}`)}-fast-burn.md`,
      },
      { name: `${base}SlowBurn`, slo, severity: 'ticket', windows: slow, runbook: `${kebabName(`${design.service.name}-${slo.name}`)}-slow-burn.md` },
    ];
  });
}

export function runbookUrl(design: Design, spec: AlertSpec, baseUrl?: string): string {
  const base = baseUrl ?? design.operability?.runbookBaseUrl;
  return base ? `${base.replace(/\/$/, '')}/${spec.runbook}` : `runbooks/${spec.runbook}`;
}

function labels(design: Design, slo: Slo): string {
  return `{service="${design.service.name}",slo="${slo.name}"}`;
}

/** What a responder reads first: the SLO, the burn that fired, where the runbook and dashboard are. */
export function alertAnnotations(design: Design, spec: AlertSpec, runbookBaseUrl?: string): Record<string, string> {
  const { slo } = spec;
  return {
    summary: `${design.service.name} is burning its ${slo.name} error budget ${spec.windows[0].longWindow === '1h' ? 'fast' : 'slowly'}`,
    description: `${slo.name} SLO ${formatPercent(slo.objective.percent)} over ${slo.window.text}: ${spec.windows
      .map((w) => `${burnFactor(w, slo)}× burn over ${w.longWindow} and ${w.shortWindow}`)
      .join(', or ')} (${spec.windows.map((w) => `${Math.round(w.budgetShare * 100)}% of the budget in ${w.longWindow}`).join(', ')}).`,
    runbook_url: runbookUrl(design, spec, runbookBaseUrl),
    ...(design.operability?.dashboardBaseUrl ? { dashboard: `${design.operability.dashboardBaseUrl.replace(/\/$/, '')}/${design.service.name}` } : {}),
  };
}

/** `alerts/prometheus-rules.yaml`: recording rules per burn window, then the multi-window alerts. */
export function prometheusRules(design: Design, runbookBaseUrl?: string): object {
  const specs = alertSpecs(design);
  const signals = signalAlerts(design);
  const base = runbookBaseUrl ?? design.operability?.runbookBaseUrl;
  const signalGroup = {
    name: `archway-${design.service.name}-signals`,
    rules: signals.map((s) => ({
      alert: s.name,
      expr: s.expr,
      for: s.for,
      labels: { severity: 'ticket', service: design.service.name },
      annotations: { summary: s.summary, description: s.description, runbook_url: base ? `${base.replace(/\/$/, '')}/${s.runbook}` : `runbooks/${s.runbook}` },
    })),
  };
  return {
    groups: [
      ...design.slos.map((slo) => ({
        name: `archway-${design.service.name}-${kebabName(slo.name)}`,
        rules: [
          ...RATE_WINDOWS.map((window) => ({
            record: `${RECORDING_PREFIX}${window}`,
            expr: badRatioExpr(design, slo, window),
            labels: { service: design.service.name, slo: slo.name },
          })),
          // As Sloth does: the window's ratio is the mean of the recorded 5m ratios, cheap to
          // evaluate (a rate over 28 days of raw series on every evaluation is not) at the cost of
          // weighting quiet and busy 5-minute slices alike.
          {
            record: PERIOD_RATIO,
            expr: `avg_over_time(${RECORDING_PREFIX}5m${labels(design, slo)}[${promDuration(slo.window.ms)}])`,
            labels: { service: design.service.name, slo: slo.name },
          },
          {
            record: BUDGET_REMAINING,
            expr: `1 - ${PERIOD_RATIO}${labels(design, slo)} / ${errorBudget(slo)}`,
            labels: { service: design.service.name, slo: slo.name },
          },
          ...specs
            .filter((s) => s.slo === slo)
            .map((spec) => ({
              alert: spec.name,
              expr: spec.windows
                .map((w) => {
                  const limit = threshold(w, slo);
                  return `(${RECORDING_PREFIX}${w.longWindow}${labels(design, slo)} > ${limit} and ${RECORDING_PREFIX}${w.shortWindow}${labels(design, slo)} > ${limit})`;
                })
                .join(' or '),
              labels: { severity: spec.severity, service: design.service.name, slo: slo.name },
              annotations: alertAnnotations(design, spec, runbookBaseUrl),
            })),
        ],
      })),
      ...(signals.length > 0 ? [signalGroup] : []),
    ],
  };
}

/**
 * The comment heading the rules file: where it came from, and each SLO's factors worked out, so
 * a reader can check a threshold without the workbook at hand.
 */
export function rulesHeader(design: Design): string {
  return [
    ` Generated by archway from the ${design.service.name} design; regenerate with \`archway slo\`, do not edit.`,
    ' Multi-window, multi-burn-rate alerts (Google SRE workbook, ch. 5). A burn rate of 1 spends the',
    ' error budget exactly over the SLO window. An alert allowed to consume a share s of the budget',
    ' within its long window w fires at factor = s × SLO window / w; the workbook’s 14.4/6/3/1 are',
    ' this for 30 days. Both windows must exceed factor × budget: the long one proves the burn is',
    ' significant, the short one that it is still happening. A factor below 1 would fire while the',
    ' budget lasts the window, so it is clamped to 1.',
    ...design.slos.flatMap((slo) => [
      '',
      ` ${slo.name}: ${formatPercent(slo.objective.percent)} over ${slo.window.text}, error budget ${errorBudget(slo)}${slo.page ? '' : ' (page: false, the fast burn opens a ticket)'}`,
      ...factorWorking(slo).map((line) => `   ${line}`),
    ]),
  ].join('\n');
}
