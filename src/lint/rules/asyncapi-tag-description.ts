import { isObject } from '../helpers.js';
import { documentTagsAt, written } from '../async-peers.js';
import { child } from '../events.js';
import { defineLintRule } from '../rule.js';

export default defineLintRule({
  id: 'asyncapi-tag-description',
  category: 'docs',
  severity: 'warn',
  presets: [],
  formats: ['async'],
  description:
    'Every tag of the document (2.x `tags`, 3.0 `info.tags`) has a description (selected by `extends: spectral:asyncapi` in `all` mode or a Redocly config).',
  rationale: 'A tag’s description is the heading text of its group in generated docs. A style-guide rule, in no archway preset.',
  fix: 'Add a `description` to the tag.',
  references: [
    'AsyncAPI 3.0.0 "Tag Object" (https://www.asyncapi.com/docs/reference/specification/v3.0.0#tagObject)',
    'Spectral asyncapi-tag-description, asyncapi-3-tag-description; Redocly tag-description',
  ],
  examples: {
    bad: 'asyncapi: 3.0.0\ninfo: { title: T, version: 1.0.0, tags: [{ name: orders }] }\n',
    good: 'asyncapi: 3.0.0\ninfo: { title: T, version: 1.0.0, tags: [{ name: orders, description: Order events. }] }\n',
  },
  create: ({ report }) => ({
    Document(_node, ctx) {
      const at = documentTagsAt(ctx.doc);
      const tags = written(at);
      if (!Array.isArray(tags)) return;
      tags.forEach((tag, i) => {
        if (isObject(tag) && !tag.description)
          report(ctx, { at: child(at, i), message: `tag ${String(tag.name)} has no description`, data: { tag: tag.name ?? null } });
      });
    },
  }),
});
