import { defineLintRule } from '../rule.js';

export default defineLintRule({
  id: 'no-duplicated-tag-names',
  category: 'docs',
  severity: 'warn',
  presets: ['recommended', 'strict'],
  description: 'Each tag of the top-level `tags` is declared once.',
  rationale: 'A tag declared twice gets two chapters, or one with the other’s description silently dropped, depending on the tool.',
  fix: 'Merge the duplicate tag declarations into one.',
  references: [
    'OpenAPI 3.1 §4.8.1 "tags: each tag name in the list MUST be unique"',
    'spectral:oas openapi-tags-uniqueness',
    'Redocly no-duplicated-tag-names',
  ],
  examples: {
    bad: 'openapi: 3.1.0\ninfo: { title: T, version: 1.0.0 }\ntags: [{ name: orders }, { name: orders }]\npaths: {}\n',
    good: 'openapi: 3.1.0\ninfo: { title: T, version: 1.0.0 }\ntags: [{ name: orders }, { name: customers }]\npaths: {}\n',
  },
  create: ({ report }) => ({
    Document(node, ctx) {
      if (!Array.isArray(node.tags)) return;
      const first = new Map<string, number>();
      node.tags.forEach((tag: any, i: number) => {
        if (typeof tag?.name !== 'string') return;
        const before = first.get(tag.name);
        if (before === undefined) return void first.set(tag.name, i);
        report(ctx, {
          at: { file: ctx.at.file, pointer: `/tags/${i}/name` },
          message: `tag "${tag.name}" is already declared at tags[${before}]`,
          data: { tag: tag.name, first: before },
        });
      });
    },
  }),
});
