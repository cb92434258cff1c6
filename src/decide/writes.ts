import { isSynchronous } from '../model/queries.js';
import type { Design } from '../model/types.js';

/** Synchronous calls that change another service’s state: keyed for idempotency, or not idempotent at all. */
export function writes(design: Design) {
  return design.dependencies.filter(
    (d) => d.direction !== 'inbound' && isSynchronous(d) && d.kind !== 'database' && d.kind !== 'cache' && (d.idempotencyKey || !d.idempotent),
  );
}
