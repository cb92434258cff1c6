import { defineLintRule } from '../rule.js';

export default defineLintRule({
  id: 'tag-description',
  category: 'docs',
  severity: 'warn',
  presets: ['strict'],
  description: 'Every tag in the top-level `tags` has a description.',
  rationale: 'Tags are the chapters of the reference; a chapter without an introduction leaves readers to infer what belongs in it.',
  fix: 'Add a `description` to each tag of `tags`.',
  references: ['OpenAPI 3.1 §4.8.22 "Tag Object"', 'spectral:oas tag-description', 'Redocly tag-description'],
  examples: {
    bad: 'openapi: 3.1.0\ninfo: { title: T, version: 1.0.0 }\ntags: [{ name: orders }]\npaths: {}\n',
    good: 'openapi: 3.1.0\ninfo: { title: T, version: 1.0.0 }\ntags: [{ name: orders, description: Orders and their lines. }]\npaths: {}\n',
  },
  create: ({ report }) => ({
    Document(node, ctx) {
      if (!Array.isArray(node.tags)) return;
      node.tags.forEach((tag: any, i: number) => {
        if (tag === null || typeof tag !== 'object' || (typeof tag.description === 'string' && tag.description.trim() !== '')) return;
        // A description written as a $ref (to a markdown file) is one, once resolved.
        if (typeof tag.description?.$ref === 'string') return;
        report(ctx, { at: { file: ctx.at.file, pointer: `/tags/${i}` }, message: `tag "${String(tag.name)}" has no description`, data: { tag: tag.name } });
      });
    },
  }),
});
