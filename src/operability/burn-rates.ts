import type { Slo } from '../model/types.js';
import { round } from '../model/units.js';

/**
 * The four multi-window alerts of the SRE workbook (ch. 5, table 5-8). Each is defined by the
 * share of the error budget it may consume within its long window: 2% in 1h and 5% in 6h page;
 * 10% in 1d and 10% in 3d open a ticket. The workbook's 14.4/6/3/1 are these shares for a 30-day
 * SLO window; for a window T the burn-rate factor is share × T / long window. A factor below 1
 * would fire while the budget is spent no faster than it is earned, so it is clamped to 1.
 */
export interface BurnAlert {
  severity: 'page' | 'ticket';
  longWindow: string;
  shortWindow: string;
  longMs: number;
  budgetShare: number;
}

const HOUR = 3_600_000;

export const BURN_ALERTS: readonly BurnAlert[] = [
  { severity: 'page', longWindow: '1h', shortWindow: '5m', longMs: HOUR, budgetShare: 0.02 },
  { severity: 'page', longWindow: '6h', shortWindow: '30m', longMs: 6 * HOUR, budgetShare: 0.05 },
  { severity: 'ticket', longWindow: '1d', shortWindow: '2h', longMs: 24 * HOUR, budgetShare: 0.1 },
  { severity: 'ticket', longWindow: '3d', shortWindow: '6h', longMs: 72 * HOUR, budgetShare: 0.1 },
];

/** Every rate window a recording rule is needed for, shortest first. */
export const RATE_WINDOWS = ['5m', '30m', '1h', '2h', '6h', '1d', '3d'] as const;

export function burnFactor(alert: BurnAlert, slo: Slo): number {
  return Math.max(1, round((alert.budgetShare * slo.window.ms) / alert.longMs, 4));
}

/** The error budget as a ratio: 99.9% → 0.001. */
export function errorBudget(slo: Slo): number {
  return round(1 - slo.objective.percent / 100, 10);
}

/** The error ratio above which an alert's condition holds. */
export function threshold(alert: BurnAlert, slo: Slo): number {
  return round(burnFactor(alert, slo) * errorBudget(slo), 10);
}

/** A Prometheus range duration for a number of milliseconds, in the largest whole unit: 28d, 90m. */
export function promDuration(ms: number): string {
  const units: Array<[string, number]> = [
    ['d', 86_400_000],
    ['h', HOUR],
    ['m', 60_000],
    ['s', 1000],
  ];
  for (const [unit, size] of units) if (ms % size === 0) return `${ms / size}${unit}`;
  return `${Math.round(ms)}ms`;
}

/** The arithmetic behind each alert's factor, one line per window pair, for comments and docs. */
export function factorWorking(slo: Slo): string[] {
  const hours = slo.window.ms / HOUR;
  return BURN_ALERTS.map((a) => {
    const raw = round((a.budgetShare * slo.window.ms) / a.longMs, 4);
    const clamped = raw < 1 ? ` → clamped to 1` : '';
    const severity = a.severity === 'page' && !slo.page ? 'ticket' : a.severity;
    return `${severity.padEnd(6)} ${`${a.longWindow}/${a.shortWindow}`.padEnd(6)}: ${round(a.budgetShare * 100, 2)}% × ${hours}h / ${a.longMs / HOUR}h = ${raw}${clamped} → bad ratio > ${threshold(a, slo)}`;
  });
}
