import { defineLintRule } from '../rule.js';

export default defineLintRule({
  id: 'no-path-trailing-slash',
  category: 'naming',
  severity: 'warn',
  presets: ['strict'],
  description: 'Paths do not end with a slash.',
  rationale:
    'Many servers and proxies treat `/orders/` and `/orders` as different resources: a client that follows the description may get a 404 or a redirect.',
  fix: 'Remove the trailing slash from the path.',
  references: ['RFC 3986 §6.2.4 "Scheme-Based Normalization"', 'spectral:oas path-keys-no-trailing-slash', 'Redocly no-path-trailing-slash'],
  examples: {
    bad: 'openapi: 3.1.0\ninfo: { title: T, version: 1.0.0 }\npaths:\n  /orders/: { get: { responses: { "200": { description: OK } } } }\n',
    good: 'openapi: 3.1.0\ninfo: { title: T, version: 1.0.0 }\npaths:\n  /orders: { get: { responses: { "200": { description: OK } } } }\n',
  },
  create: ({ report }) => ({
    PathItem(_node, ctx) {
      const path = ctx.name!;
      if (path.length > 1 && path.endsWith('/')) report(ctx, { target: 'key', message: `path ${path} ends with a slash`, data: { path } });
    },
  }),
});
