import { defineLintRule } from '../rule.js';

export default defineLintRule({
  id: 'openapi-tags',
  category: 'docs',
  severity: 'warn',
  presets: [],
  description: 'The document declares a non-empty top-level `tags` list.',
  rationale: 'Declared tags give the reference its chapters, their order and their descriptions; undeclared ones appear in whatever order tools meet them.',
  fix: 'Declare the tags your operations use in `tags`, with a description each.',
  references: ['OpenAPI 3.1 §4.8.1 "OpenAPI Object: tags"', 'spectral:oas openapi-tags'],
  examples: {
    bad: 'openapi: 3.1.0\ninfo: { title: T, version: 1.0.0 }\npaths: {}\n',
    good: 'openapi: 3.1.0\ninfo: { title: T, version: 1.0.0 }\ntags: [{ name: orders }]\npaths: {}\n',
  },
  create: ({ report }) => ({
    Document(node, ctx) {
      if (Array.isArray(node.tags) && node.tags.length > 0) return;
      const pointer = node.tags !== undefined ? '/tags' : ctx.doc.version === '2.0' ? '/swagger' : '/openapi';
      report(ctx, { at: { file: ctx.at.file, pointer }, target: 'key', message: 'the document declares no tags' });
    },
  }),
});
