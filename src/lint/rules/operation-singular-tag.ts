import { operationName } from '../helpers.js';
import { defineLintRule } from '../rule.js';

export default defineLintRule({
  id: 'operation-singular-tag',
  category: 'docs',
  severity: 'warn',
  presets: [],
  description: 'An operation has at most one tag.',
  rationale:
    'Documentation tools list an operation under each of its tags and SDK generators emit it once per tag; some style guides want one home per operation.',
  fix: 'Keep the one tag that names the operation’s resource.',
  references: ['spectral:oas operation-singular-tag', 'Redocly operation-singular-tag'],
  examples: {
    bad: 'openapi: 3.1.0\ninfo: { title: T, version: 1.0.0 }\npaths:\n  /a: { get: { tags: [a, b], responses: { "200": { description: OK } } } }\n',
    good: 'openapi: 3.1.0\ninfo: { title: T, version: 1.0.0 }\npaths:\n  /a: { get: { tags: [a], responses: { "200": { description: OK } } } }\n',
  },
  create: ({ report }) => ({
    Operation(node, ctx) {
      if (!Array.isArray(node.tags) || node.tags.length <= 1) return;
      report(ctx, {
        at: { file: ctx.at.file, pointer: `${ctx.at.pointer}/tags` },
        target: 'key',
        message: `${operationName(ctx.operation!)} has ${node.tags.length} tags`,
        data: { tags: node.tags.length },
      });
    },
  }),
});
