import { isSynchronous, tailLatency } from '../model/queries.js';
import type { Dependency, Design } from '../model/types.js';
import { formatMs, round } from '../model/units.js';

/** Backoff base when retries back off but declare no `baseDelay` (a common client default). */
export const DEFAULT_BASE_DELAY_MS = 100;

export function attempts(dependency: Dependency): number {
  return (dependency.retries?.max ?? 0) + 1;
}

/** True when the backoff delays rest on the default base rather than a declared `baseDelay`. */
export function usesDefaultBaseDelay(dependency: Dependency): boolean {
  const retries = dependency.retries;
  return !!retries && retries.max > 0 && !!retries.backoff && retries.backoff !== 'none' && !retries.baseDelay;
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

/**
 * How many rounds of calls a bounded fan-out takes: ceil(max / concurrency). An unbounded or
 * unlimited fan-out is costed as one round (all calls at once); unbounded-fan-out flags it.
 */
export function fanOutWaves(dependency: Dependency): number {
  const fanOut = dependency.fanOut;
  if (!fanOut || typeof fanOut.max !== 'number' || !fanOut.concurrency) return 1;
  return Math.max(1, Math.ceil(fanOut.max / fanOut.concurrency));
}

export interface CallCost {
  dependency: Dependency;
  attempts: number;
  timeoutMs: number | undefined;
  backoffMs: number;
  waves: number;
  /** waves × (attempts × timeout + backoff), capped by the call's own deadline; undefined without a timeout. */
  worstCaseMs: number | undefined;
  formula: string;
}

export function callCost(dependency: Dependency): CallCost {
  const n = attempts(dependency);
  const backoffMs = backoffDelays(dependency).reduce((a, b) => a + b, 0);
  const timeoutMs = dependency.timeout?.ms;
  const waves = fanOutWaves(dependency);
  const cap = dependency.deadline;
  if (timeoutMs === undefined) {
    const worstCaseMs = cap?.ms;
    const formula = cap ? `${dependency.name}: no timeout, capped by its ${cap.text} deadline` : `${dependency.name}: no timeout, unbounded`;
    return { dependency, attempts: n, timeoutMs, backoffMs, waves, worstCaseMs, formula };
  }
  const uncapped = waves * (n * timeoutMs + backoffMs);
  const worstCaseMs = cap ? Math.min(uncapped, cap.ms) : uncapped;
  let formula = `${n} × ${formatMs(timeoutMs)}${backoffMs ? ` + ${formatMs(backoffMs)} backoff` : ''}`;
  if (waves > 1) formula = `${waves} rounds × (${formula})`;
  formula = cap ? `min(${formula} = ${formatMs(uncapped)}, ${cap.text} deadline)` : formula;
  return { dependency, attempts: n, timeoutMs, backoffMs, waves, worstCaseMs, formula: `${dependency.name}: ${formula} = ${formatMs(worstCaseMs)}` };
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
  /** The call that sets each step's cost (the slowest of a parallel group): the critical path. */
  critical: CallCost[];
  /** Sum over steps of the slowest call in each; undefined when a call has no timeout. */
  worstCaseMs: number | undefined;
  formula: string;
}

export function pathBudget(design: Design): PathBudget {
  const steps = syncPath(design);
  let total: number | undefined = 0;
  const parts: string[] = [];
  const critical: CallCost[] = [];
  for (const step of steps) {
    // The first of the slowest members, so ties resolve in declaration order.
    const slowest = step.calls.reduce((a, b) => ((b.worstCaseMs ?? Infinity) > (a.worstCaseMs ?? Infinity) ? b : a));
    critical.push(slowest);
    total = total === undefined || slowest.worstCaseMs === undefined ? undefined : total + slowest.worstCaseMs;
    parts.push(step.calls.length > 1 ? `max(${step.calls.map((c) => fmt(c.worstCaseMs)).join(', ')})` : fmt(slowest.worstCaseMs));
  }
  // A lone call needs no sum: "650ms", not "650ms = 650ms".
  const formula = parts.length === 1 && steps[0].calls.length === 1 ? parts[0] : `${parts.join(' + ') || '0ms'} = ${fmt(total)}`;
  return { steps, critical, worstCaseMs: total, formula };
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

function criticalSyncDependencies(design: Design): Dependency[] {
  return syncPath(design, true).flatMap((s) => s.calls.map((c) => c.dependency));
}

/**
 * The availability a service can reach at most when every critical synchronous dependency must
 * answer: the product of their availabilities (0–100, independent failures assumed). 100 with no
 * inputs when nothing critical is called synchronously.
 */
export function compositeAvailability(design: Design): { percent: number; inputs: Array<{ name: string; percent: number }>; fallbacks: string[] } {
  // A dependency with a fallback does not fail the request when it fails: it leaves the product.
  const fallbacks = criticalSyncDependencies(design)
    .filter((d) => d.fallback)
    .map((d) => d.name);
  const inputs = criticalSyncDependencies(design)
    .filter((d) => d.availability && !d.fallback)
    .map((d) => ({ name: d.name, percent: d.availability!.percent }));
  const product = inputs.reduce((acc, input) => acc * (input.percent / 100), 1);
  return { percent: round(product * 100, 6), inputs, fallbacks };
}

/** Critical synchronous dependencies that state no availability, so the product above leaves them out. */
export function unknownAvailability(design: Design): string[] {
  return criticalSyncDependencies(design)
    .filter((d) => !d.availability && !d.fallback)
    .map((d) => d.name);
}

/** Sum of p99s along the synchronous path (parallel groups take their maximum). */
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
    parts.push(
      step.calls.length > 1
        ? `max(${step.calls.map((c, i) => `${c.dependency.name} ${formatMs(p99s[i])}`).join(', ')})`
        : `${step.calls[0].dependency.name} ${formatMs(p99s[0])}`,
    );
  }
  return { ms, parts, missing };
}

/** Queue consumers should keep this much spare capacity above the peak arrival rate to drain backlogs. */
export const QUEUE_HEADROOM = 1.2;

export interface QueueCapacity {
  consumers: number;
  consumerRps: number;
  arrivalRps: number;
  capacityRps: number;
  requiredRps: number;
  /** Messages per second the backlog grows at peak (0 when consumers keep up). */
  growthRps: number;
  /** Seconds to drain a 10-minute backlog at peak, when capacity exceeds arrivals. */
  drainSeconds: number | undefined;
}

/** Capacity against peak arrivals (Little's law for the backlog); undefined unless all three rates are declared. */
export function queueCapacity(dependency: Dependency): QueueCapacity | undefined {
  const { consumers, consumerRps, arrivalRps } = dependency;
  if (consumers === undefined || consumerRps === undefined || arrivalRps === undefined) return undefined;
  const capacityRps = consumers * consumerRps;
  const spare = capacityRps - arrivalRps;
  return {
    consumers,
    consumerRps,
    arrivalRps,
    capacityRps,
    requiredRps: round(arrivalRps * QUEUE_HEADROOM, 2),
    growthRps: round(Math.max(-spare, 0), 2),
    drainSeconds: spare > 0 ? round((arrivalRps * 600) / spare, 2) : undefined,
  };
}
