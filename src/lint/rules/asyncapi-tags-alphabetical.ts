import { isObject } from '../helpers.js';
import { documentTagsAt, written } from '../async-peers.js';
import { child } from '../events.js';
import { defineLintRule } from '../rule.js';

export default defineLintRule({
  id: 'asyncapi-tags-alphabetical',
  category: 'docs',
  severity: 'warn',
  presets: [],
  formats: ['async'],
  description:
    'The document’s tags (2.x `tags`, 3.0 `info.tags`) are sorted by name (selected by `extends: spectral:asyncapi` in `all` mode or a Redocly config).',
  rationale:
    'Docs list tags in the order written; some style guides want them alphabetical. Order often follows importance instead, so this rule is in no archway preset.',
  fix: 'Sort the tags by name.',
  references: [
    'AsyncAPI 3.0.0 "Tag Object" (https://www.asyncapi.com/docs/reference/specification/v3.0.0#tagObject)',
    'Spectral asyncapi-tags-alphabetical, asyncapi-3-tags-alphabetical; Redocly tags-alphabetical',
  ],
  examples: {
    bad: 'asyncapi: 3.0.0\ninfo: { title: T, version: 1.0.0, tags: [{ name: payments }, { name: orders }] }\n',
    good: 'asyncapi: 3.0.0\ninfo: { title: T, version: 1.0.0, tags: [{ name: orders }, { name: payments }] }\n',
  },
  create: ({ report }) => ({
    Document(_node, ctx) {
      const at = documentTagsAt(ctx.doc);
      const tags = written(at);
      if (!Array.isArray(tags)) return;
      const names = tags.map((t) => (isObject(t) && typeof t.name === 'string' ? t.name : undefined));
      // Like Spectral's `alphabetical`, the first pair out of order is the finding.
      const i = names.findIndex((name, k) => k > 0 && name !== undefined && names[k - 1] !== undefined && names[k - 1]!.localeCompare(name) > 0);
      if (i > 0)
        report(ctx, {
          at: child(at, i - 1),
          message: `tag ${names[i - 1]} is listed before ${names[i]}; tags are not in alphabetical order`,
          data: { tag: names[i - 1], next: names[i] },
        });
    },
  }),
});
