import type { ContractDocument } from '../../contracts/load.js';
import type { OperationInfo } from '../../contracts/walk.js';
import { isCreate, isObject, operationName, parameterNames } from '../helpers.js';
import { ACTION } from '../shapes.js';
import { defineLintRule } from '../rule.js';

/** An update or an action on one item, not a create: `/orders/{id}`, `/Calls/{Sid}.json`, `/tasks/{gid}/addFollowers`. */
function isUpdateOrAction(op: OperationInfo): boolean {
  const segments = op.path.split('/').filter(Boolean);
  const last = segments.at(-1) ?? '';
  // Sessions and tokens are short-lived: a retry that makes a second one costs nothing.
  return /^\{[^}]+\}(\.\w+)?$/.test(last) || ACTION.test(last) || /(^|_)(sessions|tokens)$/.test(last);
}

/** The document says once, in `info.description`, that POSTs take an Idempotency-Key. */
function documentedForAll(doc: ContractDocument): boolean {
  const info = (doc.rootFile.root as any)?.info;
  const description = isObject(info) ? doc.deref(info.description, doc.rootFile, '/info/description').node : undefined;
  return typeof description === 'string' && /idempotency[- ]key/i.test(description);
}

export default defineLintRule({
  id: 'idempotency-key-on-create',
  category: 'idempotency',
  severity: 'warn',
  presets: ['strict'],
  description:
    'Non-idempotent creates (POST on a collection, not an update of an item or an action verb) accept an Idempotency-Key header, or the document says in `info.description` that they all do.',
  rationale:
    'A POST that times out may or may not have happened. Without an idempotency key the client’s retry creates a second order or a second charge; with one, the server returns the first result.',
  fix: 'Accept `Idempotency-Key` (a header parameter) on creates and payment-like POSTs, and store the first response per key.',
  references: ['IETF draft-ietf-httpapi-idempotency-key-header', 'Stripe API, "Idempotent requests"'],
  examples: {
    bad: 'openapi: 3.1.0\ninfo: { title: T, version: 1.0.0 }\npaths:\n  /payments:\n    post:\n      responses: { "201": { description: Created } }\n',
    good: 'openapi: 3.1.0\ninfo: { title: T, version: 1.0.0 }\npaths:\n  /payments:\n    post:\n      parameters: [{ name: Idempotency-Key, in: header, required: true, schema: { type: string, maxLength: 64 } }]\n      responses: { "201": { description: Created } }\n',
  },
  create: ({ report }) => ({
    Operation(_node, ctx) {
      const op = ctx.operation!;
      if (!isCreate(op) || isUpdateOrAction(op) || documentedForAll(ctx.doc)) return;
      if (!parameterNames(op, 'header').some((h) => h === 'idempotency-key' || h === 'x-idempotency-key'))
        report(ctx, { message: `${operationName(op)} creates without accepting an Idempotency-Key, so a retried request can create twice` });
    },
  }),
});
