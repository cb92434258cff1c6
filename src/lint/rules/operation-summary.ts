import { operationName } from '../helpers.js';
import { defineLintRule } from '../rule.js';

export default defineLintRule({
  id: 'operation-summary',
  category: 'docs',
  severity: 'warn',
  presets: ['recommended', 'strict'],
  description: 'Every operation has a summary (or a description).',
  rationale: 'The summary is the line documentation portals, SDK docstrings and changelogs show. Without it readers infer intent from the path.',
  fix: 'Add a short `summary` in the imperative (“List orders”).',
  references: ['OpenAPI 3.1 §4.8.10 "Operation Object"'],
  examples: {
    bad: 'openapi: 3.1.0\ninfo: { title: T, version: 1.0.0 }\npaths:\n  /a:\n    get:\n      responses: { "200": { description: OK } }\n',
    good: 'openapi: 3.1.0\ninfo: { title: T, version: 1.0.0 }\npaths:\n  /a:\n    get:\n      summary: Get A\n      responses: { "200": { description: OK } }\n',
  },
  create: ({ report }) => ({
    Operation(node, ctx) {
      if (!String(node.summary ?? '').trim() && !String(node.description ?? '').trim())
        report(ctx, { message: `${operationName(ctx.operation!)} has no summary or description` });
    },
  }),
});
