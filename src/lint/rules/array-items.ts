import { defineLintRule } from '../rule.js';

export default defineLintRule({
  id: 'array-items',
  category: 'schema',
  severity: 'error',
  presets: ['recommended', 'strict'],
  description: 'An array schema says what its items are (`items`).',
  rationale: 'OpenAPI 3.0 and 2.0 require `items` with `type: array`; without it the items are anything, and generators emit untyped lists.',
  fix: 'Add `items` with the item schema (or `items: {}` when any value is truly allowed).',
  references: ['OpenAPI 3.0.3 §4.7.24.1 "items MUST be present if the type is array"', 'spectral:oas array-items'],
  examples: {
    bad: 'openapi: 3.0.3\ninfo: { title: T, version: 1.0.0 }\npaths: {}\ncomponents:\n  schemas:\n    Tags: { type: array }\n',
    good: 'openapi: 3.0.3\ninfo: { title: T, version: 1.0.0 }\npaths: {}\ncomponents:\n  schemas:\n    Tags: { type: array, items: { type: string } }\n',
  },
  create: ({ report }) => ({
    Schema(node, ctx) {
      if (node.type !== 'array' || node.items !== undefined || node.prefixItems !== undefined) return;
      report(ctx, { target: 'key', message: 'array schema has no items' });
    },
  }),
});
