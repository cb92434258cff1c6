import { defineLintRule } from '../rule.js';

export default defineLintRule({
  id: 'no-schema-type-mismatch',
  category: 'schema',
  severity: 'error',
  presets: ['recommended', 'strict'],
  formats: ['oas', 'async'],
  description: 'A schema’s keywords fit its type: no `items` on a non-array, no `properties` on a non-object.',
  rationale:
    '`items` on an object or `properties` on an array are ignored by validators: the constraints the author wrote do not apply, and the documented shape is not the validated one.',
  fix: 'Fix the `type`, or move the keyword to the schema it was meant for.',
  references: ['JSON Schema Validation §6 "type-specific keywords apply only to instances of that type"', 'Redocly no-schema-type-mismatch'],
  examples: {
    bad: 'openapi: 3.1.0\ninfo: { title: T, version: 1.0.0 }\npaths: {}\ncomponents:\n  schemas:\n    Tags: { type: object, items: { type: string } }\n',
    good: 'openapi: 3.1.0\ninfo: { title: T, version: 1.0.0 }\npaths: {}\ncomponents:\n  schemas:\n    Tags: { type: array, items: { type: string } }\n',
  },
  create: ({ report }) => ({
    Schema(node, ctx) {
      if (typeof node.type !== 'string') return;
      for (const [keyword, type] of [
        ['items', 'array'],
        ['properties', 'object'],
      ])
        if (node.type !== type && node[keyword] !== undefined && node[keyword] !== null && typeof node[keyword] === 'object')
          report(ctx, {
            at: { file: ctx.at.file, pointer: `${ctx.at.pointer}/${keyword}` },
            target: 'key',
            message: `${/^[aeiou]/.test(node.type) ? 'an' : 'a'} ${node.type} schema has ${keyword}, which applies to ${type}s only`,
            messageId: keyword,
            data: { type: node.type, keyword },
          });
    },
  }),
});
