import { isSynchronous } from '../model/queries.js';
import type { Dependency, Design } from '../model/types.js';

/**
 * Calls on the request path that change another service's state: keyed for idempotency, or not
 * idempotent at all. A critical dependency with its mode left open counts too, since the request
 * cannot complete without it whichever mechanism archway recommends. The owner of data the design
 * only references (`data.referenced[].owner`) is read, not written, unless the call is keyed.
 */
export function writes(design: Design): Dependency[] {
  const readFrom = new Set(design.data.referenced.map((r) => r.owner));
  return design.dependencies.filter(
    (d) =>
      !(readFrom.has(d.name) && !d.idempotencyKey) &&
      d.direction !== 'inbound' &&
      d.kind !== 'database' &&
      d.kind !== 'cache' &&
      (isSynchronous(d) || (d.mode === undefined && d.kind === undefined && d.critical)) &&
      (d.idempotencyKey || !d.idempotent),
  );
}
