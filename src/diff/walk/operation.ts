import { joinPointer } from '../../core/pointer.js';
import type { DiffSide } from '../side.js';
import { compareRequestBody, compareResponses } from './content.js';
import type { Emitter, Scope } from './emitter.js';
import { operationSunsetOf, type Obj } from './openapi.js';
import { compareParameters, mergedParameters } from './parameters.js';
import { compareSecurity } from './security.js';

export interface OperationSide {
  op: Obj;
  item: Obj;
  pointer: string;
  path: string;
}

export interface OperationPair {
  scope: Scope;
  base: OperationSide;
  rev: OperationSide;
}

/** One matched operation: its own metadata, then parameters, request body, responses and security. */
export function compareOperation(out: Emitter, base: DiffSide, revision: DiffSide, pair: OperationPair): void {
  const { scope, base: b, rev: r } = pair;
  const at = (...segs: string[]) => [joinPointer(b.pointer, ...segs), joinPointer(r.pointer, ...segs)] as const;
  if (b.op.deprecated !== true && r.op.deprecated === true) out.emit('DeprecationAdded', scope, ...at('deprecated'), {});
  if (b.op.deprecated === true && r.op.deprecated !== true) out.emit('DeprecationRemoved', scope, ...at('deprecated'), {});
  const sunsetFrom = operationSunsetOf(base, b.op);
  const sunsetTo = operationSunsetOf(revision, r.op);
  if (sunsetFrom !== sunsetTo) out.emit('SunsetChanged', scope, ...at('x-sunset'), { from: sunsetFrom, to: sunsetTo });
  const stabilityFrom = text(b.op['x-stability-level']);
  const stabilityTo = text(r.op['x-stability-level']);
  if (stabilityFrom !== stabilityTo) out.emit('StabilityChanged', scope, ...at('x-stability-level'), { from: stabilityFrom, to: stabilityTo });
  const idFrom = text(b.op.operationId);
  const idTo = text(r.op.operationId);
  if (idFrom !== undefined && idTo !== undefined && idFrom !== idTo) out.emit('OperationIdChanged', scope, ...at('operationId'), { from: idFrom, to: idTo });
  const tagsFrom = tags(b.op);
  const tagsTo = tags(r.op);
  for (const tag of tagsFrom) if (!tagsTo.includes(tag)) out.emit('TagRemoved', scope, ...at('tags'), { tag });
  for (const tag of tagsTo) if (!tagsFrom.includes(tag)) out.emit('TagAdded', scope, ...at('tags'), { tag });

  const paramsB = mergedParameters(base, b);
  const paramsR = mergedParameters(revision, r);
  compareParameters(out, pair, paramsB, paramsR);
  compareRequestBody(out, base, revision, pair, paramsB, paramsR);
  compareResponses(out, base, revision, pair);
  compareSecurity(out, base, revision, pair);
}

function text(value: unknown): string | undefined {
  return typeof value === 'string' ? value : undefined;
}

function tags(op: Obj): string[] {
  return Array.isArray(op.tags) ? [...new Set(op.tags.filter((t): t is string => typeof t === 'string'))].sort() : [];
}
