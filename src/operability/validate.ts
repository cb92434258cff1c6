import type { Design, Slo } from '../model/types.js';
import { formatMs } from '../model/units.js';
import { BURN_ALERTS, threshold } from './burn-rates.js';
import { bucketsSeconds } from './metrics.js';

const MIN_WINDOW_MS = 7 * 86_400_000;

export interface SloProblem {
  slo: Slo;
  pointer: string;
  message: string;
}

/**
 * SLOs no correct Prometheus rule can be generated for:
 * - a second SLO of the same name: its series and rule group would collide;
 * - a window under 7 days: the 6h page factor 5% × window / 6h falls to the sustainable rate, so
 *   a page can no longer be told from a ticket;
 * - an objective so loose that even 100% bad requests stay under the 6h page threshold;
 * - a 100% objective: no budget, so every threshold is 0;
 * - a latency SLI with no threshold, or one between histogram buckets: the rule would read a
 *   bucket that does not exist and stay silent;
 * - an error-status pattern that is not a regular expression.
 */
export function sloProblems(design: Design): SloProblem[] {
  const buckets = bucketsSeconds(design);
  const seen = new Set<string>();
  const problems: SloProblem[] = [];
  for (const slo of design.slos) {
    const report = (suffix: string, message: string) => problems.push({ slo, pointer: `${slo.pointer}${suffix}`, message: `SLO "${slo.name}": ${message}` });
    if (seen.has(slo.name)) report('/name', 'another SLO has the same name; alert and recording rules need unique names');
    seen.add(slo.name);
    if (slo.window.ms < MIN_WINDOW_MS)
      report('/window', `a ${slo.window.text} window is too short for burn-rate alerts: below 7d the page and ticket thresholds meet at the sustainable rate`);
    else if (threshold(BURN_ALERTS[1], slo) >= 1)
      report('/objective', `${slo.objective.text} over ${slo.window.text} leaves so large a budget that even 100% bad requests would not page`);
    if (slo.objective.percent >= 100) report('/objective', 'an objective of 100% leaves no error budget, so any single error would page');
    if (slo.sli.kind === 'latency') {
      const bound = slo.sli.threshold;
      if (!bound) report('/sli', 'a latency SLI needs `threshold` (a histogram bucket boundary)');
      else if (!buckets.some((b) => Math.abs(b * 1000 - bound.ms) < 1e-6))
        report(
          '/sli/threshold',
          `${bound.text} is not a histogram bucket boundary (${buckets.map((b) => formatMs(b * 1000)).join(', ')}); declare the real ones in telemetry.metrics.buckets`,
        );
    }
    if (slo.sli.errorStatuses !== undefined && !isRegex(slo.sli.errorStatuses))
      report('/sli/errorStatuses', `"${slo.sli.errorStatuses}" is not a regular expression`);
  }
  return problems;
}

function isRegex(pattern: string): boolean {
  try {
    new RegExp(pattern);
    return true;
  } catch {
    return false;
  }
}
