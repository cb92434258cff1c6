import { isSynchronous, tailLatency } from '../model/queries.js';
import type { Dependency, Design } from '../model/types.js';
import { formatMs, round } from '../model/units.js';

/** Backoff base when retries back off but declare no `baseDelay` (a common client default). */
export const DEFAULT_BASE_DELAY_MS = 100;

export function attempts(dependency: Dependency): number {
  return (dependency.retries?.max ?? 0) + 1;
}

/** The waits between attempts: base × 1 (constant), × (i+1) (linear) or × 2^i (exponential), capped by maxDelay. */
export function backoffDelays(dependency: Dependency): number[] {
  const retries = dependency.retries;
  if (!retries || retries.max === 0 || !retries.backoff || retries.backoff === 'none') return Array(retries?.max ?? 0).fill(0);
  const base = retries.baseDelay?.ms ?? DEFAULT_BASE_DELAY_MS;
  const cap = retries.maxDelay?.ms ?? Infinity;
  return Array.from({ length: retries.max }, (_, i) => {
    const factor = retries.backoff === 'constant' ? 1 : retries.backoff === 'linear' ? i + 1 : 2 ** i;
    return Math.min(base * factor, cap);
  });
}

export interface CallCost {
  dependency: Dependency;
  attempts: number;
  timeoutMs: number | undefined;
  backoffMs: number;
  /** attempts × timeout + backoff; undefined without a timeout (unbounded). */
  worstCaseMs: number | undefined;
  formula: string;
}

export function callCost(dependency: Dependency): CallCost {
  const n = attempts(dependency);
  const backoffMs = backoffDelays(dependency).reduce((a, b) => a + b, 0);
  const timeoutMs = dependency.timeout?.ms;
  const worstCaseMs = timeoutMs === undefined ? undefined : n * timeoutMs + backoffMs;
  const formula =
    timeoutMs === undefined
      ? `${dependency.name}: no timeout, unbounded`
      : `${dependency.name}: ${n} × ${formatMs(timeoutMs)}${backoffMs ? ` + ${formatMs(backoffMs)} backoff` : ''} = ${formatMs(worstCaseMs!)}`;
  return { dependency, attempts: n, timeoutMs, backoffMs, worstCaseMs, formula };
}

/** One step of the synchronous path: a single call, or a parallel group whose cost is its slowest member. */
export interface PathStep {
  group?: string;
  calls: CallCost[];
}

/** The outbound synchronous calls of a request, in order, parallel groups merged into one step. */
export function syncPath(design: Design, onlyCritical = false): PathStep[] {
  const calls = design.dependencies.filter((d) => d.direction !== 'inbound' && isSynchronous(d) && (!onlyCritical || d.critical));
  const steps: PathStep[] = [];
  for (const dependency of calls) {
    const existing = dependency.parallel ? steps.find((s) => s.group === dependency.parallel) : undefined;
    if (existing) existing.calls.push(callCost(dependency));
    else steps.push({ group: dependency.parallel, calls: [callCost(dependency)] });
  }
  return steps;
}

export interface PathBudget {
  steps: PathStep[];
  /** Sum over steps of the slowest call in each; undefined when a call has no timeout. */
  worstCaseMs: number | undefined;
  formula: string;
}

export function pathBudget(design: Design): PathBudget {
  const steps = syncPath(design);
  let total: number | undefined = 0;
  const parts: string[] = [];
  for (const step of steps) {
    const costs = step.calls.map((c) => c.worstCaseMs);
    if (costs.some((c) => c === undefined)) total = undefined;
    const stepCost = Math.max(...costs.map((c) => c ?? Infinity));
    if (total !== undefined) total += stepCost;
    parts.push(step.calls.length > 1 ? `max(${step.calls.map((c) => fmt(c.worstCaseMs)).join(', ')})` : fmt(step.calls[0].worstCaseMs));
  }
  const formula = `${parts.join(' + ') || '0ms'} = ${fmt(total)}`;
  return { steps, worstCaseMs: total, formula };
}

function fmt(ms: number | undefined): string {
  return ms === undefined ? '∞' : formatMs(ms);
}

/** The deadline a request must meet: the explicit deadline, else the tail latency target. */
export function deadline(design: Design): { ms: number; text: string; source: string } | undefined {
  if (design.nfr.deadline) return { ...design.nfr.deadline, source: 'nfr.deadline' };
  const tail = tailLatency(design);
  if (!tail) return undefined;
  const which = design.nfr.latency?.p99 ? 'p99' : design.nfr.latency?.p999 ? 'p999' : 'p95';
  return { ...tail, source: `nfr.latency.${which}` };
}

/**
 * The availability a service can reach at most when every critical synchronous dependency must
 * answer: the product of their availabilities (independent failures assumed).
 */
export function compositeAvailability(design: Design): { percent: number; inputs: Array<{ name: string; percent: number }>; unknown: string[] } {
  const critical = syncPath(design, true).flatMap((s) => s.calls.map((c) => c.dependency));
  const inputs = critical.filter((d) => d.availability).map((d) => ({ name: d.name, percent: d.availability!.percent }));
  const product = inputs.reduce((acc, input) => acc * (input.percent / 100), 1);
  return { percent: round(product * 100, 6), inputs, unknown: critical.filter((d) => !d.availability).map((d) => d.name) };
}

/** Sum of p99s along the critical synchronous path (parallel groups take their maximum). */
export function latencySum(design: Design): { ms: number; parts: string[]; missing: string[] } {
  let ms = 0;
  const parts: string[] = [];
  const missing: string[] = [];
  for (const step of syncPath(design)) {
    const p99s = step.calls.map((c) => {
      const p99 = c.dependency.latency?.p99?.ms;
      if (p99 === undefined) missing.push(c.dependency.name);
      return p99 ?? 0;
    });
    ms += Math.max(...p99s);
    parts.push(step.calls.length > 1 ? `max(${step.calls.map((c, i) => `${c.dependency.name} ${formatMs(p99s[i])}`).join(', ')})` : `${step.calls[0].dependency.name} ${formatMs(p99s[0])}`);
  }
  return { ms, parts, missing };
}
