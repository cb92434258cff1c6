import { isObject } from '../helpers.js';
import { closestAt } from '../async-peers.js';
import { defineLintRule } from '../rule.js';

export default defineLintRule({
  id: 'asyncapi-info-description',
  category: 'docs',
  severity: 'warn',
  presets: [],
  formats: ['async'],
  description: 'The document has a non-empty `info.description` (selected by `extends: spectral:asyncapi`).',
  rationale:
    'The description is the first thing a consumer reads in generated docs: what the application does and which events it owns. archway leaves it to style guides, so this rule is in no archway preset.',
  fix: 'Add `info.description`: what the application does and what its channels carry.',
  references: ['AsyncAPI 3.0.0 "Info Object" (https://www.asyncapi.com/docs/reference/specification/v3.0.0#infoObject)', 'Spectral asyncapi-info-description'],
  examples: {
    bad: 'asyncapi: 3.0.0\ninfo: { title: T, version: 1.0.0 }\n',
    good: 'asyncapi: 3.0.0\ninfo: { title: T, version: 1.0.0, description: Publishes order events. }\n',
  },
  create: ({ report }) => ({
    Document(node, ctx) {
      if (!isObject(node.info) || !node.info.description)
        report(ctx, { at: closestAt(ctx.doc, 'info', 'description'), target: 'key', message: 'the document has no info.description' });
    },
  }),
});
