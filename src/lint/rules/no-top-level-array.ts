import { bodySchemas, operationName, successResponses } from '../helpers.js';
import { defineLintRule } from '../rule.js';

export default defineLintRule({
  id: 'no-top-level-array',
  category: 'pagination',
  severity: 'warn',
  presets: ['strict'],
  description: 'JSON response bodies are objects, not bare top-level arrays.',
  rationale:
    'A bare array cannot grow: a next cursor, a total or any metadata added later breaks every client. An object with an `items` field can take them compatibly.',
  fix: 'Wrap the array: `{ "items": [...], "next": "…" }`.',
  references: ['Zalando RESTful API Guidelines, rule 110 "Response as JSON object"'],
  examples: {
    bad: 'openapi: 3.1.0\ninfo: { title: T, version: 1.0.0 }\npaths:\n  /orders:\n    get:\n      responses: { "200": { description: OK, content: { application/json: { schema: { type: array, items: { type: object } } } } } }\n',
    good: 'openapi: 3.1.0\ninfo: { title: T, version: 1.0.0 }\npaths:\n  /orders:\n    get:\n      responses: { "200": { description: OK, content: { application/json: { schema: { type: object, properties: { items: { type: array, items: { type: object } } } } } } } }\n',
  },
  create: ({ report }) => ({
    Operation(_node, ctx) {
      for (const [code, response] of successResponses(ctx.operation!)) {
        for (const { type, schema } of bodySchemas(response.node)) {
          if (!type.includes('json')) continue;
          const s = ctx.doc.deref(schema, response.at.file, response.at.pointer).node as any;
          if (s?.type === 'array')
            report(ctx, { at: response.at, message: `${operationName(ctx.operation!)} ${code} returns a bare JSON array, which cannot gain fields later` });
        }
      }
    },
  }),
});
