import { isSynchronous } from '../model/queries.js';
import type { Dependency, Design } from '../model/types.js';
import { attempts } from './figures.js';

/** A call chain through the system: each hop is a dependency of the service before it. */
export interface CallChain {
  hops: Array<{ from: Design; dependency: Dependency }>;
  /** Product of attempts along the chain: how many calls the last hop sees per request. */
  amplification: number;
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
        chains.push({ hops: next, amplification: next.reduce((acc, hop) => acc * attempts(hop.dependency), 1) });
      }
    }
  };
  walk(root, [], new Set([root.service.name]));
  return chains;
}

export function describeChain(chain: CallChain): string {
  return [chain.hops[0].from.service.name, ...chain.hops.map((h) => h.dependency.name)].join(' → ');
}
