import { operationName } from '../helpers.js';
import { defineLintRule } from '../rule.js';

export default defineLintRule({
  id: 'operation-tag-defined',
  category: 'docs',
  severity: 'warn',
  presets: ['strict'],
  description: 'Every tag an operation uses is declared in the top-level `tags`.',
  rationale: 'An undeclared tag has no description and no place in the declared order, and is often a typo that splits one group in two.',
  fix: 'Declare the tag in `tags`, or correct its spelling on the operation.',
  references: ['OpenAPI 3.1 §4.8.1 "OpenAPI Object: tags"', 'spectral:oas operation-tag-defined', 'Redocly operation-tag-defined'],
  examples: {
    bad: 'openapi: 3.1.0\ninfo: { title: T, version: 1.0.0 }\ntags: [{ name: orders }]\npaths:\n  /a: { get: { tags: [order], responses: { "200": { description: OK } } } }\n',
    good: 'openapi: 3.1.0\ninfo: { title: T, version: 1.0.0 }\ntags: [{ name: orders }]\npaths:\n  /a: { get: { tags: [orders], responses: { "200": { description: OK } } } }\n',
  },
  create: ({ report }) => {
    let declared = new Set<unknown>();
    return {
      Document(node) {
        declared = new Set(Array.isArray(node.tags) ? node.tags.map((t: any) => t?.name) : []);
      },
      Operation(node, ctx) {
        if (!Array.isArray(node.tags)) return;
        node.tags.forEach((tag: unknown, i: number) => {
          if (declared.has(tag)) return;
          report(ctx, {
            at: { file: ctx.at.file, pointer: `${ctx.at.pointer}/tags/${i}` },
            message: `tag ${JSON.stringify(tag)} of ${operationName(ctx.operation!)} is not declared in tags`,
            data: { tag },
          });
        });
      },
    };
  },
});
