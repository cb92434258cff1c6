import { isCreate, operationName } from '../helpers.js';
import { ACTION, bodySchemasAt, returnsId } from '../shapes.js';
import { defineLintRule } from '../rule.js';

/** A last segment that names a collection: a plural noun (`orders`, `bank_accounts`), not an action or a lookup. */
const COLLECTION = /^[a-z][a-z0-9_-]*[a-rt-z]s$/i;
// Plural words that name no collection one adds to, and results computed per request (`chat/completions`).
const NOT_COLLECTION =
  /(^|_)(status|address|access|process|alias|canvas|news|series|settings|stats|statistics|metrics|analytics|details|permissions|preferences|results|scopes|tokens|events|completions|embeddings|responses)$/i;

/** A POST whose request creates something: it carries a body (OpenAPI 3 requestBody, or a 2.0 body/formData parameter). */
function sendsBody(node: Record<string, any>, parameters: Array<{ node: Record<string, any> }>): boolean {
  return node.requestBody !== undefined || parameters.some((p) => p.node.in === 'body' || p.node.in === 'formData');
}

export default defineLintRule({
  id: 'create-answers-201',
  category: 'status',
  severity: 'warn',
  presets: ['strict'],
  description: 'A create (POST with a body to a collection path) answers 201 Created, not 200 OK.',
  rationale:
    '201 says a resource now exists; 200 says the request succeeded and leaves clients, caches and retry logic guessing whether a second POST makes a second resource. Generated clients and gateways read the status, not the prose.',
  fix: 'Declare 201 Created (with a Location header or the created resource) instead of 200 on the create.',
  references: ['RFC 9110 §9.3.3 "POST"', 'RFC 9110 §15.3.2 "201 Created"'],
  examples: {
    bad: 'openapi: 3.1.0\ninfo: { title: T, version: 1.0.0 }\npaths:\n  /orders:\n    post:\n      requestBody: { content: { application/json: { schema: { type: object } } } }\n      responses: { "200": { description: OK, content: { application/json: { schema: { type: object, properties: { id: { type: string } } } } } } }\n',
    good: 'openapi: 3.1.0\ninfo: { title: T, version: 1.0.0 }\npaths:\n  /orders:\n    post:\n      requestBody: { content: { application/json: { schema: { type: object } } } }\n      responses: { "201": { description: Created } }\n',
  },
  create: ({ report }) => ({
    Operation(node, ctx) {
      const op = ctx.operation!;
      if (!isCreate(op) || !sendsBody(node, op.parameters)) return;
      // `/orders` creates; `/orders/{id}` (or Twilio's `{Sid}.json`), `/account` and `/orders/search` do something else.
      const last = op.path.split('/').filter(Boolean).at(-1) ?? '';
      if (!COLLECTION.test(last) || NOT_COLLECTION.test(last) || ACTION.test(last)) return;
      const ok = op.responses.get('200');
      if (!ok || [...op.responses.keys()].some((code) => /^20[1-7]$|^2XX$/i.test(code))) return;
      // It answers with the created resource (its id), so it is a create and 200 is the only flaw.
      if (!bodySchemasAt(ok).some(({ schema, at }) => returnsId(ctx.doc, schema, at))) return;
      report(ctx, {
        at: ok.at,
        target: 'key',
        message: `${operationName(op)} creates with 200 OK instead of 201 Created`,
        data: { operation: operationName(op) },
      });
    },
  }),
});
