import { defineLintRule } from '../rule.js';

export default defineLintRule({
  id: 'nullable-type-sibling',
  category: 'schema',
  severity: 'warn',
  presets: ['strict'],
  description: 'OpenAPI 3.0: a schema with `nullable` also has a `type`.',
  rationale:
    'OpenAPI 3.0.3 says `nullable` without a sibling `type` has no effect: the schema that looks nullable rejects null in validators that follow the specification.',
  fix: 'Add the `type` beside `nullable` (or, for a nullable reference, wrap it: `allOf: [$ref]` with `type` and `nullable`).',
  references: [
    'OpenAPI 3.0.3 §4.7.24.1 "nullable: a true value adds null to the allowed types only if type is explicitly defined"',
    'Redocly nullable-type-sibling',
  ],
  examples: {
    bad: 'openapi: 3.0.3\ninfo: { title: T, version: 1.0.0 }\npaths: {}\ncomponents:\n  schemas:\n    Note: { nullable: true, maxLength: 100 }\n',
    good: 'openapi: 3.0.3\ninfo: { title: T, version: 1.0.0 }\npaths: {}\ncomponents:\n  schemas:\n    Note: { type: string, nullable: true, maxLength: 100 }\n',
  },
  create: ({ report }) => ({
    Schema(node, ctx) {
      if (!ctx.doc.version.startsWith('3.0') || !('nullable' in node) || 'type' in node) return;
      report(ctx, {
        at: { file: ctx.at.file, pointer: `${ctx.at.pointer}/nullable` },
        target: 'key',
        message: 'nullable has no effect without a sibling type',
      });
    },
  }),
});
