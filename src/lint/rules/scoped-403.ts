import { hasStatus, isObject, operationName } from '../helpers.js';
import { defineLintRule } from '../rule.js';

export default defineLintRule({
  id: 'scoped-403',
  category: 'status',
  severity: 'warn',
  presets: ['recommended', 'strict'],
  description: 'An operation that requires scopes or roles declares 403 Forbidden.',
  rationale:
    'A valid token without the needed scope gets 403. Without it in the contract, clients cannot tell "log in again" (401) from "you may not do this" (403).',
  fix: 'Add a 403 response to operations whose security requirement lists scopes.',
  references: ['RFC 9110 §15.5.4 "403 Forbidden"', 'RFC 6750 §3.1 "insufficient_scope"'],
  examples: {
    bad: 'openapi: 3.1.0\ninfo: { title: T, version: 1.0.0 }\npaths:\n  /a:\n    delete:\n      security: [{ oauth: [admin] }]\n      responses: { "204": { description: Gone }, "401": { description: No token } }\ncomponents: { securitySchemes: { oauth: { type: oauth2, flows: { clientCredentials: { tokenUrl: "https://x/t", scopes: { admin: A } } } } } }\n',
    good: 'openapi: 3.1.0\ninfo: { title: T, version: 1.0.0 }\npaths:\n  /a:\n    delete:\n      security: [{ oauth: [admin] }]\n      responses: { "204": { description: Gone }, "401": { description: No token }, "403": { description: No scope } }\ncomponents: { securitySchemes: { oauth: { type: oauth2, flows: { clientCredentials: { tokenUrl: "https://x/t", scopes: { admin: A } } } } } }\n',
  },
  create: ({ report }) => ({
    Operation(_node, ctx) {
      const op = ctx.operation!;
      const scoped = (op.security ?? []).some((req) => isObject(req) && Object.values(req).some((scopes) => Array.isArray(scopes) && scopes.length > 0));
      if (scoped && !hasStatus(op, '403')) report(ctx, { message: `${operationName(op)} requires scopes but declares no 403` });
    },
  }),
});
