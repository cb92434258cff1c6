import { defineLintRule } from '../rule.js';

export default defineLintRule({
  id: 'tags-alphabetical',
  category: 'docs',
  severity: 'warn',
  presets: [],
  description: 'The top-level `tags` are sorted by name.',
  rationale: 'Documentation tools list tags in the order written; some style guides want that order alphabetical.',
  fix: 'Sort `tags` by `name`.',
  references: ['spectral:oas openapi-tags-alphabetical', 'Redocly tags-alphabetical'],
  examples: {
    bad: 'openapi: 3.1.0\ninfo: { title: T, version: 1.0.0 }\ntags: [{ name: orders }, { name: customers }]\npaths: {}\n',
    good: 'openapi: 3.1.0\ninfo: { title: T, version: 1.0.0 }\ntags: [{ name: customers }, { name: orders }]\npaths: {}\n',
  },
  create: ({ report }) => ({
    Document(node, ctx) {
      if (!Array.isArray(node.tags)) return;
      const names: unknown[] = node.tags.map((t: any) => t?.name);
      for (let i = 1; i < names.length; i++) {
        const [before, name] = [names[i - 1], names[i]];
        if (typeof before !== 'string' || typeof name !== 'string' || before.localeCompare(name, 'en') <= 0) continue;
        report(ctx, {
          at: { file: ctx.at.file, pointer: `/tags/${i}` },
          message: `tag "${name}" comes after "${before}": tags are not in alphabetical order`,
          data: { tag: name, after: before },
        });
        return;
      }
    },
  }),
});
