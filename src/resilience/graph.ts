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

/** One synchronous call between services: an edge of the system's call graph. */
export interface CallEdge {
  from: Design;
  dependency: Dependency;
  /** The called service when it is part of the review. */
  callee: Design | undefined;
}

/** A call chain through the system: each hop is a dependency of the service before it. */
export interface CallChain {
  hops: CallEdge[];
  /** Product of the hop factors: how many calls the last hop sees per request under failure. */
  amplification: number;
  /** The product written out: "3 × 3 × 3 = 27". */
  formula: string;
}

/** A synchronous cycle, found once per edge that closes it. */
export type SyncCycle = CallChain;

export function serviceIndex(system: readonly Design[]): Map<string, Design> {
  return new Map(system.map((d) => [d.service.name, d]));
}

/** Outbound synchronous calls, the edges requests travel along. */
export function syncCalls(design: Design): Dependency[] {
  return design.dependencies.filter((d) => d.direction !== 'inbound' && isSynchronous(d));
}

/** The worst continuation from a service: the largest product of hop factors, then the most hops. */
interface Worst {
  amplification: number;
  hops: number;
  next: CallEdge | undefined;
}

interface Walk {
  worst: Map<Design, Worst>;
  /** Calls that lead back to a service still open on the walk: each closes a cycle, and a path ends with it. */
  closing: Set<CallEdge>;
  cycles: SyncCycle[];
}

/**
 * The synchronous call graph of a review. A depth-first walk in declaration order finds the calls
 * that close cycles, and computes the worst path from each service by dynamic programming as the
 * walk finishes it: O(services + calls) per walk. Cycles come from one walk over the whole system;
 * the worst chains of a service from a walk rooted at it. A chain is a simple path, ending at most
 * with one call back into a service of a cycle (sync-call-cycle reports the cycle itself). Paths
 * are never enumerated: their number grows exponentially with the services.
 */
export class CallGraph {
  readonly services: Map<string, Design>;
  readonly cycles: SyncCycle[];
  private readonly edges = new Map<Design, CallEdge[]>();
  private readonly whole: Walk;

  constructor(system: readonly Design[]) {
    this.services = serviceIndex(system);
    // Listed by where each cycle is entered, in system order (the walk finds them as it unwinds).
    const order = new Map(system.map((d, i) => [d, i]));
    this.whole = this.walk(system);
    this.cycles = this.whole.cycles.sort((a, b) => order.get(a.hops[0].from)! - order.get(b.hops[0].from)!);
  }

  /** The outbound synchronous calls of a service, in declaration order. */
  calls(design: Design): CallEdge[] {
    let out = this.edges.get(design);
    if (!out) {
      out = syncCalls(design).map((dependency) => ({ from: design, dependency, callee: this.services.get(dependency.name) }));
      this.edges.set(design, out);
    }
    return out;
  }

  /** For each outbound synchronous call of `root`, the worst chain that starts with it. */
  worstChains(root: Design): CallChain[] {
    // Without cycles the worst paths do not depend on where the walk starts: one walk serves every root.
    const { worst, closing } = this.whole.closing.size === 0 && this.whole.worst.has(root) ? this.whole : this.walk([root]);
    const continuation = (edge: CallEdge) => (edge.callee && !closing.has(edge) ? worst.get(edge.callee)!.next : undefined);
    return this.calls(root).map((edge) => {
      const hops = [edge];
      for (let at = continuation(edge); at; at = continuation(at)) hops.push(at);
      return chain(hops);
    });
  }

  private walk(roots: readonly Design[]): Walk {
    const result: Walk = { worst: new Map(), closing: new Set(), cycles: [] };
    const open = new Map<Design, number>(); // position on the stack while open
    for (const root of roots) {
      if (result.worst.has(root) || open.has(root)) continue;
      const stack: Array<{ design: Design; next: number }> = [{ design: root, next: 0 }];
      open.set(root, 0);
      while (stack.length > 0) {
        const top = stack[stack.length - 1];
        const out = this.calls(top.design);
        if (top.next < out.length) {
          const edge = out[top.next++];
          if (!edge.callee || result.worst.has(edge.callee)) continue;
          const at = open.get(edge.callee);
          if (at === undefined) {
            open.set(edge.callee, stack.length);
            stack.push({ design: edge.callee, next: 0 });
          } else {
            result.closing.add(edge);
            // Each open frame's last examined call leads to the frame above it; the top's closes the cycle.
            result.cycles.push(chain(stack.slice(at).map((frame) => this.calls(frame.design)[frame.next - 1])));
          }
          continue;
        }
        result.worst.set(top.design, this.best(top.design, result));
        open.delete(top.design);
        stack.pop();
      }
    }
    return result;
  }

  /** Every callee is finished when this runs, except across a closing call, which counts as one last hop. */
  private best(design: Design, walk: Walk): Worst {
    let best: Worst = { amplification: 1, hops: 0, next: undefined };
    for (const edge of this.calls(design)) {
      const rest = edge.callee && !walk.closing.has(edge) ? walk.worst.get(edge.callee)! : { amplification: 1, hops: 0 };
      const amplification = hopFactor(edge.dependency).factor * rest.amplification;
      const hops = rest.hops + 1;
      const gain = amplification - best.amplification;
      const tie = Math.abs(gain) <= 1e-9 * amplification;
      if ((!tie && gain > 0) || (tie && hops > best.hops)) best = { amplification, hops, next: edge };
    }
    return best;
  }
}

function chain(hops: CallEdge[]): CallChain {
  const factors = hops.map((hop) => hopFactor(hop.dependency));
  const amplification = round(
    factors.reduce((acc, f) => acc * f.factor, 1),
    4,
  );
  return { hops, amplification, formula: `${factors.map((f) => f.text).join(' × ')} = ${amplification}` };
}

const graphs = new WeakMap<readonly Design[], CallGraph>();

/** The call graph of a review, built once however many rules and sections ask for it. */
export function callGraph(system: readonly Design[]): CallGraph {
  let graph = graphs.get(system);
  if (!graph) graphs.set(system, (graph = new CallGraph(system)));
  return graph;
}

const chainsOf = new WeakMap<CallGraph, Map<Design, CallChain[]>>();

/** For each outbound synchronous call of `root`, the worst chain through the system that starts with it. */
export function callChains(root: Design, system: readonly Design[]): CallChain[] {
  const graph = callGraph(system);
  let byRoot = chainsOf.get(graph);
  if (!byRoot) chainsOf.set(graph, (byRoot = new Map()));
  let chains = byRoot.get(root);
  if (!chains) byRoot.set(root, (chains = graph.worstChains(root)));
  return chains;
}

export function describeChain(chain: CallChain): string {
  return [chain.hops[0].from.service.name, ...chain.hops.map((h) => h.dependency.name)].join(' → ');
}
