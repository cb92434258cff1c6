import { isSynchronous } from '../model/queries.js';
import type { Dependency, Design } from '../model/types.js';
import { round } from '../model/units.js';
import { attempts } from './figures.js';

/**
 * How many calls one call at this hop can become under failure: its attempts, or, with a retry
 * budget, at most 1 + the budget share (the client stops retrying once the budget is spent).
 */
export function hopFactor(dependency: Dependency): { factor: number; text: string } {
  const n = attempts(dependency);
  const budget = dependency.retries?.budget;
  if (!budget || n === 1) return { factor: n, text: String(n) };
  const capped = Math.min(n, round(1 + budget.percent / 100, 4));
  return { factor: capped, text: `${capped} (${budget.text} retry budget)` };
}

/** A call chain through the system: each hop is a dependency of the service before it. */
export interface CallChain {
  hops: Array<{ from: Design; dependency: Dependency }>;
  /** Product of the hop factors: how many calls the last hop sees per request under failure. */
  amplification: number;
  /** The product written out: "3 × 3 × 3 = 27". */
  formula: string;
}

export function serviceIndex(system: readonly Design[]): Map<string, Design> {
  return new Map(system.map((d) => [d.service.name, d]));
}

/** Outbound synchronous calls, the edges requests travel along. */
export function syncCalls(design: Design): Dependency[] {
  return design.dependencies.filter((d) => d.direction !== 'inbound' && isSynchronous(d));
}

/** Every maximal synchronous chain starting at `root`, cycle-safe (a service never repeats in one chain). */
export function callChains(root: Design, system: readonly Design[]): CallChain[] {
  const services = serviceIndex(system);
  const chains: CallChain[] = [];
  const walk = (design: Design, hops: CallChain['hops'], seen: Set<string>) => {
    for (const dependency of syncCalls(design)) {
      const next = [...hops, { from: design, dependency }];
      const callee = services.get(dependency.name);
      if (callee && !seen.has(callee.service.name) && syncCalls(callee).length > 0) {
        walk(callee, next, new Set([...seen, callee.service.name]));
      } else {
        const factors = next.map((hop) => hopFactor(hop.dependency));
        const amplification = round(factors.reduce((acc, f) => acc * f.factor, 1), 4);
        chains.push({ hops: next, amplification, formula: `${factors.map((f) => f.text).join(' × ')} = ${amplification}` });
      }
    }
  };
  walk(root, [], new Set([root.service.name]));
  return chains;
}

export function describeChain(chain: CallChain): string {
  return [chain.hops[0].from.service.name, ...chain.hops.map((h) => h.dependency.name)].join(' → ');
}
