import { headerNames, operationName, successResponses } from '../helpers.js';
import { defineLintRule } from '../rule.js';

export default defineLintRule({
  id: 'deprecation-headers',
  category: 'deprecation',
  severity: 'warn',
  presets: ['strict'],
  description: 'Deprecated operations send Deprecation (RFC 9745) and Sunset (RFC 8594) headers.',
  rationale:
    'The `deprecated` flag lives in a document nobody rereads. The headers reach running clients on every call, where logs, SDKs and gateways can warn the people who must migrate, with a date.',
  fix: 'Declare `Deprecation` and `Sunset` headers on the operation’s success responses.',
  references: ['RFC 9745 "The Deprecation HTTP Header Field"', 'RFC 8594 "The Sunset HTTP Header Field"'],
  examples: {
    bad: 'openapi: 3.1.0\ninfo: { title: T, version: 1.0.0 }\npaths:\n  /old:\n    get:\n      deprecated: true\n      description: Use GET /new instead.\n      responses: { "200": { description: OK } }\n',
    good: 'openapi: 3.1.0\ninfo: { title: T, version: 1.0.0 }\npaths:\n  /old:\n    get:\n      deprecated: true\n      description: Use GET /new instead.\n      responses: { "200": { description: OK, headers: { Deprecation: { schema: { type: string } }, Sunset: { schema: { type: string } } } } }\n',
  },
  create: ({ report }) => ({
    Operation(node, ctx) {
      if (node.deprecated !== true) return;
      for (const [code, response] of successResponses(ctx.operation!)) {
        const missing = ['deprecation', 'sunset'].filter((h) => !headerNames(response.node).includes(h));
        if (missing.length)
          report(ctx, {
            at: response.at,
            message: `deprecated ${operationName(ctx.operation!)} ${code} sends no ${missing.map((h) => h[0].toUpperCase() + h.slice(1)).join(' or ')} header`,
          });
      }
    },
  }),
});
