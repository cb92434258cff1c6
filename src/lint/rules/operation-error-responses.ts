import { errorResponses, operationName } from '../helpers.js';
import { defineLintRule } from '../rule.js';

export default defineLintRule({
  id: 'operation-error-responses',
  category: 'errors',
  severity: 'warn',
  presets: ['recommended', 'strict'],
  description: 'Every operation declares its error responses (4xx, 5xx or default).',
  rationale:
    'Clients handle what the contract tells them. An operation that lists only its success leaves every client to guess the error shape and status codes, so errors get handled as crashes.',
  fix: 'Declare the error responses the operation can return (400, 401, 403, 404, 409, 422, 429, 5xx), sharing one error schema.',
  references: ['RFC 9110 §15 "Status Codes"', 'Zalando RESTful API Guidelines, rule 151'],
  examples: {
    bad: 'openapi: 3.1.0\ninfo: { title: T, version: 1.0.0 }\npaths:\n  /a:\n    get:\n      responses: { "200": { description: OK } }\n',
    good: 'openapi: 3.1.0\ninfo: { title: T, version: 1.0.0 }\npaths:\n  /a:\n    get:\n      responses: { "200": { description: OK }, "404": { description: Not found } }\n',
  },
  create: ({ report }) => ({
    Operation(_node, ctx) {
      if (errorResponses(ctx.operation!).length === 0) report(ctx, { message: `${operationName(ctx.operation!)} declares no error response` });
    },
  }),
});
