import { defineLintRule } from '../rule.js';

export default defineLintRule({
  id: 'path-not-include-query',
  category: 'naming',
  severity: 'error',
  presets: ['recommended', 'strict'],
  description: 'Paths do not include a query string.',
  rationale: 'A `?` in a path key is not a query: tools escape it into the path, and the query parameters it meant are undocumented.',
  fix: 'Move the query into parameters with `in: query`.',
  references: [
    'OpenAPI 3.1 §4.8.8.1 "Paths Object: query string MUST NOT be part of the path"',
    'spectral:oas path-not-include-query',
    'Redocly path-not-include-query',
  ],
  examples: {
    bad: 'openapi: 3.1.0\ninfo: { title: T, version: 1.0.0 }\npaths:\n  /orders?status=open: { get: { responses: { "200": { description: OK } } } }\n',
    good: 'openapi: 3.1.0\ninfo: { title: T, version: 1.0.0 }\npaths:\n  /orders: { get: { parameters: [{ name: status, in: query }], responses: { "200": { description: OK } } } }\n',
  },
  create: ({ report }) => ({
    PathItem(_node, ctx) {
      const path = ctx.name!;
      if (path.includes('?')) report(ctx, { target: 'key', message: `path ${path} includes a query string`, data: { path } });
    },
  }),
});
