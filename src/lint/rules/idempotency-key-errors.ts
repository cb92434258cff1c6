import { hasStatus, operationName, parameterNames } from '../helpers.js';
import { defineLintRule } from '../rule.js';

export default defineLintRule({
  id: 'idempotency-key-errors',
  category: 'idempotency',
  severity: 'info',
  presets: ['recommended', 'strict'],
  description: 'Operations taking Idempotency-Key declare 400 (missing key), 409 (request in flight) and 422 (key reused with another payload).',
  rationale:
    'The idempotency-key draft defines these three failures. Without them clients cannot tell a duplicate in progress from a real conflict, or a reused key from a bad request.',
  fix: 'Declare 400, 409 and 422 responses on operations that accept Idempotency-Key.',
  references: ['IETF draft-ietf-httpapi-idempotency-key-header §2.7 "Error Scenarios"'],
  examples: {
    bad: 'openapi: 3.1.0\ninfo: { title: T, version: 1.0.0 }\npaths:\n  /payments:\n    post:\n      parameters: [{ name: Idempotency-Key, in: header, required: true, schema: { type: string } }]\n      responses: { "201": { description: Created } }\n',
    good: 'openapi: 3.1.0\ninfo: { title: T, version: 1.0.0 }\npaths:\n  /payments:\n    post:\n      parameters: [{ name: Idempotency-Key, in: header, required: true, schema: { type: string } }]\n      responses: { "201": { description: Created }, "400": { description: No key }, "409": { description: In flight }, "422": { description: Key reused } }\n',
  },
  create: ({ report }) => ({
    Operation(_node, ctx) {
      const op = ctx.operation!;
      if (!parameterNames(op, 'header').includes('idempotency-key')) return;
      const missing = ['400', '409', '422'].filter((code) => !hasStatus(op, code));
      if (missing.length) report(ctx, { message: `${operationName(op)} takes an Idempotency-Key but declares no ${missing.join(', ')}` });
    },
  }),
});
