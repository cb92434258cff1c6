import { operationName } from '../helpers.js';
import { defineLintRule } from '../rule.js';

const SECRET = /^(api_?key|apikey|access_?token|token|auth_?token|password|passwd|secret|client_?secret|private_?key|session_?id|sessionid)$/i;

export default defineLintRule({
  id: 'no-secrets-in-url',
  category: 'security',
  severity: 'error',
  presets: ['strict'],
  description: 'No credentials or tokens travel in query strings or paths.',
  rationale: 'URLs are written to access logs, proxy logs, browser history and Referer headers. A token in the query string leaks to all of them.',
  fix: 'Send credentials in the Authorization header (or a cookie), never in the URL.',
  references: ['OWASP ASVS 4.0, V13.1.1', 'RFC 6750 §2.3 (the query form "SHOULD NOT be used")'],
  examples: {
    bad: 'openapi: 3.1.0\ninfo: { title: T, version: 1.0.0 }\npaths:\n  /a:\n    get:\n      parameters: [{ name: api_key, in: query, schema: { type: string } }]\n      responses: { "200": { description: OK } }\n',
    good: 'openapi: 3.1.0\ninfo: { title: T, version: 1.0.0 }\npaths:\n  /a:\n    get:\n      parameters: [{ name: Authorization, in: header, schema: { type: string } }]\n      responses: { "200": { description: OK } }\n',
  },
  create: ({ report }) => ({
    Parameter(node, ctx) {
      // `/tokens/{token}` names a token object by its id, not a credential.
      const itemId = node.in === 'path' && ctx.operation?.path.includes(`/${node.name}s/{${node.name}}`);
      if ((node.in === 'query' || node.in === 'path') && !itemId && SECRET.test(String(node.name)))
        report(ctx, { messageId: 'parameter', message: `${operationName(ctx.operation!)} takes the credential "${node.name}" in the ${node.in}` });
    },
    SecurityScheme(node, ctx) {
      if (node.type === 'apiKey' && node.in === 'query')
        report(ctx, { messageId: 'api-key-in-query', message: `security scheme "${ctx.name}" sends its API key in the query string` });
    },
  }),
});
