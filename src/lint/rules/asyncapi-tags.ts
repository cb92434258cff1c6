import { closestAt, documentTagsAt, isV2, written } from '../async-peers.js';
import { defineLintRule } from '../rule.js';

export default defineLintRule({
  id: 'asyncapi-tags',
  category: 'docs',
  severity: 'warn',
  presets: [],
  formats: ['async'],
  description: 'The document has a non-empty tag list (2.x `tags`, 3.0 `info.tags`) (selected by `extends: spectral:asyncapi`).',
  rationale:
    'Tags group operations and messages in generated docs and catalogues. A small contract reads well without them, so this rule is in no archway preset.',
  fix: 'Add tags (with descriptions) for the areas the contract covers.',
  references: [
    'AsyncAPI 3.0.0 "Info Object": tags (https://www.asyncapi.com/docs/reference/specification/v3.0.0#infoObject)',
    'Spectral asyncapi-tags, asyncapi-3-tags',
  ],
  examples: {
    bad: 'asyncapi: 3.0.0\ninfo: { title: T, version: 1.0.0 }\n',
    good: 'asyncapi: 3.0.0\ninfo: { title: T, version: 1.0.0, tags: [{ name: orders, description: Order events. }] }\n',
  },
  create: ({ report }) => ({
    Document(_node, ctx) {
      const at = documentTagsAt(ctx.doc);
      const tags = written(at);
      if (Array.isArray(tags) && tags.length > 0) return;
      const where = isV2(ctx.doc) ? 'tags' : 'info.tags';
      report(ctx, {
        at: Array.isArray(tags) ? at : isV2(ctx.doc) ? closestAt(ctx.doc) : closestAt(ctx.doc, 'info'),
        target: 'key',
        message: `the document has no ${where}`,
      });
    },
  }),
});
