import { coversStatus } from '../coverage.js';
import { isSecured, operationName } from '../helpers.js';
import { defineLintRule } from '../rule.js';

export default defineLintRule({
  id: 'secured-401',
  category: 'status',
  severity: 'warn',
  presets: ['recommended', 'strict'],
  description:
    'A secured operation declares 401 Unauthorized; a `default` response covers it when the operation lists no generic error (401, 403, 429, 500, 503) one by one.',
  rationale:
    'Every secured call can meet an expired or missing token. Declaring 401 tells clients to refresh credentials rather than treat it as a failure of the request.',
  fix: 'Add a 401 response (with the shared error schema) to the operation, or to a shared response referenced by all secured operations.',
  references: ['RFC 9110 §15.5.2 "401 Unauthorized"'],
  examples: {
    bad: 'openapi: 3.1.0\ninfo: { title: T, version: 1.0.0 }\nsecurity: [{ key: [] }]\npaths:\n  /a:\n    get:\n      responses: { "200": { description: OK } }\ncomponents: { securitySchemes: { key: { type: http, scheme: bearer } } }\n',
    good: 'openapi: 3.1.0\ninfo: { title: T, version: 1.0.0 }\nsecurity: [{ key: [] }]\npaths:\n  /a:\n    get:\n      responses: { "200": { description: OK }, "401": { description: No token } }\ncomponents: { securitySchemes: { key: { type: http, scheme: bearer } } }\n',
  },
  create: ({ report }) => ({
    Operation(_node, ctx) {
      const op = ctx.operation!;
      if (isSecured(op) && !coversStatus(op, '401')) report(ctx, { message: `${operationName(op)} is secured but declares no 401` });
    },
  }),
});
