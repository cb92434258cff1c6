import { operationName } from '../helpers.js';
import { defineLintRule } from '../rule.js';

export default defineLintRule({
  id: 'operation-description',
  category: 'docs',
  severity: 'warn',
  presets: [],
  description: 'Every operation has a non-empty `description` (a summary alone is not enough).',
  rationale:
    'The summary names an operation; the description says what it does, its side effects and its limits. archway’s `operation-summary` accepts either; this rule is the peers’ stricter reading.',
  fix: 'Write a `description` for the operation.',
  references: ['OpenAPI 3.1 §4.8.10 "Operation Object"', 'spectral:oas operation-description', 'Redocly operation-description'],
  examples: {
    bad: 'openapi: 3.1.0\ninfo: { title: T, version: 1.0.0 }\npaths:\n  /a: { get: { summary: Get a, responses: { "200": { description: OK } } } }\n',
    good: 'openapi: 3.1.0\ninfo: { title: T, version: 1.0.0 }\npaths:\n  /a: { get: { summary: Get a, description: Returns the a., responses: { "200": { description: OK } } } }\n',
  },
  create: ({ report }) => ({
    Operation(node, ctx) {
      if (typeof node.description === 'string' && node.description.trim() !== '') return;
      report(ctx, { target: 'key', message: `${operationName(ctx.operation!)} has no description` });
    },
  }),
});
