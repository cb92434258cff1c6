import { defineDesignRule } from '../../core/design-rule.js';
import { formatMs, round } from '../../model/units.js';

/** Standard normal upper tail, by the Abramowitz–Stegun 7.1.26 approximation of erf (error < 1.5e-7). */
function upperTail(z: number): number {
  const x = Math.abs(z) / Math.SQRT2;
  const t = 1 / (1 + 0.3275911 * x);
  const erf = 1 - ((((1.061405429 * t - 1.453152027) * t + 1.421413741) * t - 0.284496736) * t + 0.254829592) * t * Math.exp(-x * x);
  return z >= 0 ? (1 - erf) / 2 : (1 + erf) / 2;
}

/**
 * The share of calls slower than `timeoutMs`, from a log-normal fitted to p50 and p99
 * (σ = ln(p99 / p50) / 2.326); without a p50 only "over 1%" is known.
 */
export function timeoutShare(timeoutMs: number, p99Ms: number, p50Ms?: number): number | undefined {
  if (p50Ms === undefined || p50Ms <= 0 || p50Ms >= p99Ms) return undefined;
  const sigma = Math.log(p99Ms / p50Ms) / 2.326348;
  return round(upperTail(Math.log(timeoutMs / p50Ms) / sigma) * 100, 1);
}

export default defineDesignRule({
  id: 'timeout-below-p99',
  stage: 'failure-modes',
  category: 'resilience',
  severity: 'warn',
  description: 'A dependency’s timeout sits above its own p99, so healthy calls are not cut off.',
  rationale:
    'A timeout below the dependency’s p99 times out more than 1% of calls while the dependency is healthy: each is an error, a retry or a fallback by design, and retries on them add load exactly when the dependency is slow.',
  fix: 'Set the timeout a little above the dependency’s p99, and meet the latency budget by other means (parallel calls, a cache, a fallback, a faster dependency).',
  verify: 'In staging, with the dependency healthy, the client’s timeout rate stays under 1% of calls.',
  references: ['AWS Builders’ Library, "Timeouts, retries and backoff with jitter"'],
  examples: {
    bad: 'archway: 1\nservice: { name: checkout }\ndependencies:\n  - { name: payments, kind: http, mode: sync, latency: { p50: 100ms, p99: 300ms }, timeout: 150ms }\n',
    good: 'archway: 1\nservice: { name: checkout }\ndependencies:\n  - { name: payments, kind: http, mode: sync, latency: { p50: 100ms, p99: 300ms }, timeout: 350ms }\n',
  },
  check({ design, report }) {
    for (const dependency of design.dependencies) {
      const p99 = dependency.latency?.p99;
      const timeout = dependency.timeout;
      if (dependency.direction === 'inbound' || !p99 || !timeout || timeout.ms >= p99.ms) continue;
      const share = timeoutShare(timeout.ms, p99.ms, dependency.latency?.p50?.ms);
      const expected =
        share === undefined
          ? 'more than 1% of calls'
          : `about ${share}% of calls (log-normal through p50 ${dependency.latency!.p50!.text} and p99 ${p99.text})`;
      report({
        pointer: `${dependency.pointer}/timeout`,
        message: `"${dependency.name}" times out at ${timeout.text}, below its own p99 of ${p99.text}, so ${expected} time out while it is healthy`,
        data: { dependency: dependency.name, timeoutMs: timeout.ms, p99Ms: p99.ms, expectedTimeoutPercent: share ?? null, atLeastPercent: 1 },
        fix: `Raise the timeout of "${dependency.name}" above ${p99.text} (e.g. ${formatMs(Math.ceil(p99.ms * 1.2))}), and meet the budget by other means.`,
      });
    }
  },
});
