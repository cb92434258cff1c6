import { defineLintRule } from '../rule.js';

export default defineLintRule({
  id: 'path-parameter-names-unique',
  category: 'naming',
  severity: 'error',
  presets: ['recommended', 'strict'],
  description: 'A path template names each parameter once (`/a/{id}/b/{id}` is two values under one name).',
  rationale: 'One parameter declaration cannot carry two values: clients put the same value in both places and the second segment can never be addressed.',
  fix: 'Give each template parameter its own name (`/orgs/{orgId}/users/{userId}`).',
  references: ['OpenAPI 3.1 §4.8.8 "Path Templating"', 'spectral:oas path-params'],
  examples: {
    bad: 'openapi: 3.1.0\ninfo: { title: T, version: 1.0.0 }\npaths:\n  /a/{id}/b/{id}:\n    get:\n      parameters: [{ name: id, in: path, required: true }]\n      responses: { "200": { description: OK } }\n',
    good: 'openapi: 3.1.0\ninfo: { title: T, version: 1.0.0 }\npaths:\n  /a/{a}/b/{b}:\n    get:\n      parameters: [{ name: a, in: path, required: true }, { name: b, in: path, required: true }]\n      responses: { "200": { description: OK } }\n',
  },
  create: ({ report }) => ({
    PathItem(_node, ctx) {
      const path = ctx.name!;
      const names = [...path.matchAll(/\{([^}]+)\}/g)].map((m) => m[1]);
      const repeated = [...new Set(names.filter((n, i) => names.indexOf(n) !== i))];
      if (repeated.length > 0)
        report(ctx, { target: 'key', message: `path ${path} names {${repeated.join('}, {')}} more than once`, data: { path, names: repeated } });
    },
  }),
});
