import type { Dependency, Design } from '../model/types.js';
import { round } from '../model/units.js';
import { callGraph } from '../resilience/graph.js';

/** A request's view of the system from one entry point. */
export interface EndToEnd {
  entry: Design;
  /** Critical synchronous calls to dependencies outside the review, reached through any number of reviewed services, each once. */
  leaves: Array<{ via: Design; dependency: Dependency }>;
  /** Reached leaves that state no availability (left out of the product). */
  unknown: string[];
  /** Product of the leaves' availabilities (0–100): the bound when every reviewed service itself never fails. */
  percent: number;
  /** The reviewed services a request passes through. */
  services: Design[];
}

/** Services no other reviewed service calls synchronously but that call something: where requests enter. */
export function entryPoints(system: readonly Design[]): Design[] {
  const graph = callGraph(system);
  const called = new Set(system.flatMap((d) => graph.calls(d).flatMap((e) => (e.callee && e.callee !== d ? [e.callee] : []))));
  return system.filter((d) => !called.has(d) && graph.calls(d).length > 0);
}

/**
 * Walks the critical synchronous calls from an entry point through the reviewed services (each
 * visited once, so cycles and shared services cost nothing extra): O(services + calls).
 */
export function endToEnd(entry: Design, system: readonly Design[]): EndToEnd {
  const graph = callGraph(system);
  const seen = new Set<Design>([entry]);
  const leafNames = new Set<string>();
  const leaves: EndToEnd['leaves'] = [];
  const queue = [entry];
  for (let i = 0; i < queue.length; i++) {
    for (const edge of graph.calls(queue[i])) {
      if (!edge.dependency.critical) continue;
      if (edge.callee) {
        if (!seen.has(edge.callee)) {
          seen.add(edge.callee);
          queue.push(edge.callee);
        }
      } else if (!leafNames.has(edge.dependency.name)) {
        leafNames.add(edge.dependency.name);
        leaves.push({ via: queue[i], dependency: edge.dependency });
      }
    }
  }
  const known = leaves.filter((l) => l.dependency.availability);
  const percent = round(known.reduce((acc, l) => acc * (l.dependency.availability!.percent / 100), 1) * 100, 6);
  return { entry, leaves, unknown: leaves.filter((l) => !l.dependency.availability).map((l) => l.dependency.name), percent, services: queue.slice(1) };
}
