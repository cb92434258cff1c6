import { randomUUID } from 'node:crypto';
import { collectionOf } from './plan.js';
import type { PlannedOperation, ProbeContext } from './types.js';
import { requestBody } from './values.js';

/** POSTs to a collection path that take a body: the operations that create. */
export function createOperations(ctx: ProbeContext): PlannedOperation[] {
  return ctx.plan.operations.filter((op) => op.method === 'post' && collectionOf(op.path) === undefined && requestBody(ctx.plan.doc, op) !== undefined);
}

/** A fresh Idempotency-Key when the operation takes one: each create is its own. */
export function idempotencyHeader(op: PlannedOperation, key = `archway-verify-${randomUUID()}`): Record<string, string> {
  const parameter = op.info.parameters.find((p) => p.node.in === 'header' && /^idempotency-key$/i.test(p.node.name));
  return parameter ? { [parameter.node.name]: key } : {};
}
