import { operationName } from '../helpers.js';
import { defineLintRule } from '../rule.js';

export default defineLintRule({
  id: 'operation-tags',
  category: 'docs',
  severity: 'warn',
  presets: [],
  description: 'Every operation has a non-empty `tags` list.',
  rationale: 'Documentation tools group operations by tag and SDK generators name classes after it; an untagged operation lands in a catch-all group.',
  fix: 'Give the operation at least one tag.',
  references: ['OpenAPI 3.1 §4.8.10 "Operation Object: tags"', 'spectral:oas operation-tags'],
  examples: {
    bad: 'openapi: 3.1.0\ninfo: { title: T, version: 1.0.0 }\npaths:\n  /a: { get: { responses: { "200": { description: OK } } } }\n',
    good: 'openapi: 3.1.0\ninfo: { title: T, version: 1.0.0 }\npaths:\n  /a: { get: { tags: [a], responses: { "200": { description: OK } } } }\n',
  },
  create: ({ report }) => ({
    Operation(node, ctx) {
      if (Array.isArray(node.tags) && node.tags.length > 0) return;
      report(ctx, { target: 'key', message: `${operationName(ctx.operation!)} has no tags` });
    },
  }),
});
