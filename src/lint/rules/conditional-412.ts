import { hasStatus, operationName, parameterNames } from '../helpers.js';
import { defineLintRule } from '../rule.js';

export default defineLintRule({
  id: 'conditional-412',
  category: 'status',
  severity: 'warn',
  presets: ['recommended', 'strict'],
  description: 'An operation taking If-Match or If-Unmodified-Since declares 412 Precondition Failed.',
  rationale:
    'Conditional writes exist to fail when someone else changed the resource first. If the contract does not say how that failure looks, clients cannot reload and retry.',
  fix: 'Add a 412 response to operations with conditional request headers.',
  references: ['RFC 9110 §13.1.1 "If-Match"', 'RFC 9110 §15.5.13 "412 Precondition Failed"'],
  examples: {
    bad: 'openapi: 3.1.0\ninfo: { title: T, version: 1.0.0 }\npaths:\n  /a:\n    put:\n      parameters: [{ name: If-Match, in: header, required: true, schema: { type: string } }]\n      responses: { "200": { description: OK } }\n',
    good: 'openapi: 3.1.0\ninfo: { title: T, version: 1.0.0 }\npaths:\n  /a:\n    put:\n      parameters: [{ name: If-Match, in: header, required: true, schema: { type: string } }]\n      responses: { "200": { description: OK }, "412": { description: Changed meanwhile } }\n',
  },
  create: ({ report }) => ({
    Operation(_node, ctx) {
      const op = ctx.operation!;
      const conditional = parameterNames(op, 'header').some((h) => h === 'if-match' || h === 'if-unmodified-since');
      if (conditional && !hasStatus(op, '412')) report(ctx, { message: `${operationName(op)} takes a precondition header but declares no 412` });
    },
  }),
});
