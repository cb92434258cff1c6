import { defineLintRule } from '../rule.js';

export default defineLintRule({
  id: 'paths-kebab-case',
  category: 'naming',
  severity: 'warn',
  presets: [],
  description: 'Every literal path segment is kebab-case (lower-case letters, digits, `-` and `.`).',
  rationale: 'A fixed convention rather than archway’s dominant one (`path-casing-consistent`): for style guides that mandate kebab-case.',
  fix: 'Rename the segment in kebab-case.',
  references: ['Redocly paths-kebab-case'],
  examples: {
    bad: 'openapi: 3.1.0\ninfo: { title: T, version: 1.0.0 }\npaths:\n  /user_groups: { get: { responses: { "200": { description: OK } } } }\n',
    good: 'openapi: 3.1.0\ninfo: { title: T, version: 1.0.0 }\npaths:\n  /user-groups/{groupId}: { get: { responses: { "200": { description: OK } } } }\n',
  },
  create: ({ report }) => ({
    PathItem(_node, ctx) {
      const path = ctx.name!;
      const segments = path.slice(1).split('/').filter(Boolean);
      if (segments.every((s) => /^\{.+\}$/.test(s) || /^[a-z0-9-.]+$/.test(s))) return;
      report(ctx, { target: 'key', message: `path ${path} is not kebab-case`, data: { path } });
    },
  }),
});
