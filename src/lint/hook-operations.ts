import type { ContractDocument } from '../contracts/load.js';
import type { At } from '../contracts/walk.js';
import { isObject } from './helpers.js';
import { below, operationsOf, resolved } from './oas-nodes.js';

/** An operation the single walk does not visit: a callback's (the API calls the client) or a webhook's. */
export interface HookOperation {
  kind: 'callback' | 'webhook';
  op: Record<string, any>;
  opAt: At;
  /** The operation's responses by status code, refs resolved. */
  responses: Array<{ status: string; node: Record<string, any>; at: At }>;
  /** Its request body, ref resolved. */
  requestBody?: { node: Record<string, any>; at: At };
}

const memo = new WeakMap<object, HookOperation[]>();

/**
 * Callback operations of the paths' operations and the operations of `webhooks` (3.1) and
 * Redoc's `x-webhooks` (3.0), where Redocly's response and media-type rules look too; found
 * once per document.
 */
export function hookOperations(doc: ContractDocument, root: Record<string, any>, rootAt: At): HookOperation[] {
  const known = memo.get(root);
  if (known) return known;
  const found: Array<{ kind: HookOperation['kind']; op: Record<string, any>; opAt: At }> = [];
  for (const { op, opAt } of operationsOf(doc, root.paths, below(rootAt, 'paths')))
    for (const name of Object.keys(isObject(op.callbacks) ? op.callbacks : {})) {
      const callback = resolved(doc, op.callbacks[name], below(opAt, 'callbacks', name));
      for (const inner of operationsOf(doc, callback.node, callback.at)) found.push({ kind: 'callback', op: inner.op, opAt: inner.opAt });
    }
  for (const key of ['webhooks', 'x-webhooks'])
    for (const { op, opAt } of operationsOf(doc, root[key], below(rootAt, key))) found.push({ kind: 'webhook', op, opAt });
  const out = found.map(({ kind, op, opAt }): HookOperation => {
    const responses = Object.keys(isObject(op.responses) ? op.responses : {}).flatMap((status) => {
      const r = resolved(doc, op.responses[status], below(opAt, 'responses', status));
      return isObject(r.node) ? [{ status, node: r.node, at: r.at }] : [];
    });
    const body = op.requestBody === undefined ? undefined : resolved(doc, op.requestBody, below(opAt, 'requestBody'));
    return { kind, op, opAt, responses, ...(body && isObject(body.node) ? { requestBody: { node: body.node, at: body.at } } : {}) };
  });
  memo.set(root, out);
  return out;
}
