import { isCreate, operationName, parameterNames } from '../helpers.js';
import { defineLintRule } from '../rule.js';

export default defineLintRule({
  id: 'idempotency-key-on-create',
  category: 'idempotency',
  severity: 'warn',
  presets: ['recommended', 'strict'],
  description: 'Non-idempotent creates (POST) accept an Idempotency-Key header.',
  rationale: 'A POST that times out may or may not have happened. Without an idempotency key the client’s retry creates a second order or a second charge; with one, the server returns the first result.',
  fix: 'Accept `Idempotency-Key` (a header parameter) on creates and payment-like POSTs, and store the first response per key.',
  references: ['IETF draft-ietf-httpapi-idempotency-key-header', 'Stripe API, "Idempotent requests"'],
  examples: {
    bad: 'openapi: 3.1.0\ninfo: { title: T, version: 1.0.0 }\npaths:\n  /payments:\n    post:\n      responses: { "201": { description: Created } }\n',
    good: 'openapi: 3.1.0\ninfo: { title: T, version: 1.0.0 }\npaths:\n  /payments:\n    post:\n      parameters: [{ name: Idempotency-Key, in: header, required: true, schema: { type: string, maxLength: 64 } }]\n      responses: { "201": { description: Created } }\n',
  },
  create: ({ report }) => ({
    Operation(_node, ctx) {
      const op = ctx.operation!;
      if (!isCreate(op)) return;
      if (!parameterNames(op, 'header').some((h) => h === 'idempotency-key' || h === 'x-idempotency-key')) report(ctx, { message: `${operationName(op)} creates without accepting an Idempotency-Key, so a retried request can create twice` });
    },
  }),
});
