import { defineLintRule } from '../rule.js';

export default defineLintRule({
  id: 'info-description',
  category: 'docs',
  severity: 'warn',
  presets: ['strict'],
  description: 'The document has a non-empty `info.description`.',
  rationale: 'The description is the first page of the reference: what the API is for, who may call it and how to get access.',
  fix: 'Write `info.description`: the API’s purpose, audience and how to obtain credentials.',
  references: ['OpenAPI 3.1 §4.8.2 "Info Object"', 'spectral:oas info-description'],
  examples: {
    bad: 'openapi: 3.1.0\ninfo: { title: T, version: 1.0.0 }\npaths: {}\n',
    good: 'openapi: 3.1.0\ninfo: { title: T, version: 1.0.0, description: Orders of the shop. }\npaths: {}\n',
  },
  create: ({ report }) => ({
    Document(node, ctx) {
      const info = node.info;
      if (info === null || typeof info !== 'object') return;
      if (typeof info.description !== 'string' || info.description.trim() === '')
        report(ctx, { at: { file: ctx.at.file, pointer: '/info' }, target: 'key', message: 'info has no description' });
    },
  }),
});
