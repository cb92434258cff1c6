import { defineLintRule } from '../rule.js';

export default defineLintRule({
  id: 'path-declaration-must-exist',
  category: 'naming',
  severity: 'error',
  presets: ['recommended', 'strict'],
  description: 'Path templates name their parameters: no empty `{}`.',
  rationale: 'An empty `{}` cannot be bound to a path parameter: no client can fill it and no server can route it.',
  fix: 'Name the template parameter (`/orders/{orderId}`) and declare it.',
  references: ['OpenAPI 3.1 §4.8.8 "Path Templating"', 'spectral:oas path-declarations-must-exist', 'Redocly path-declaration-must-exist'],
  examples: {
    bad: 'openapi: 3.1.0\ninfo: { title: T, version: 1.0.0 }\npaths:\n  /orders/{}: { get: { responses: { "200": { description: OK } } } }\n',
    good: 'openapi: 3.1.0\ninfo: { title: T, version: 1.0.0 }\npaths:\n  /orders: { get: { responses: { "200": { description: OK } } } }\n',
  },
  create: ({ report }) => ({
    PathItem(_node, ctx) {
      const path = ctx.name!;
      if (path.includes('{}')) report(ctx, { target: 'key', message: `path ${path} has an empty parameter declaration {}`, data: { path } });
    },
  }),
});
