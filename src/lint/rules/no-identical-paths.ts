import { isObject } from '../helpers.js';
import { below } from '../oas-nodes.js';
import { defineLintRule } from '../rule.js';

export default defineLintRule({
  id: 'no-identical-paths',
  category: 'naming',
  severity: 'error',
  presets: ['recommended', 'strict'],
  description: 'No two paths differ only by the names of their parameters (`/a/{id}` and `/a/{name}`).',
  rationale: 'Such paths match the same requests: a router takes one of them, and the other’s operations are unreachable.',
  fix: 'Merge the two path items under one parameter name.',
  references: [
    'OpenAPI 3.1 §4.8.8.1 "Templated paths with the same hierarchy but different templated names MUST NOT exist"',
    'spectral:oas path-params',
    'Redocly no-identical-paths',
  ],
  examples: {
    bad: 'openapi: 3.1.0\ninfo: { title: T, version: 1.0.0 }\npaths:\n  /a/{id}: { get: { responses: { "200": { description: OK } } } }\n  /a/{name}: { put: { responses: { "200": { description: OK } } } }\n',
    good: 'openapi: 3.1.0\ninfo: { title: T, version: 1.0.0 }\npaths:\n  /a/{id}:\n    get: { responses: { "200": { description: OK } } }\n    put: { responses: { "200": { description: OK } } }\n',
  },
  create: ({ report }) => ({
    Document(node, ctx) {
      if (!isObject(node.paths)) return;
      const first = new Map<string, string>();
      for (const path of Object.keys(node.paths)) {
        const shape = path.replace(/\{[^}]+\}/g, '{}');
        const other = first.get(shape);
        if (other === undefined) first.set(shape, path);
        else
          report(ctx, {
            at: below(ctx.at, 'paths', path),
            target: 'key',
            message: `path ${path} is identical to ${other} but for parameter names`,
            data: { path, other },
          });
      }
    },
  }),
});
