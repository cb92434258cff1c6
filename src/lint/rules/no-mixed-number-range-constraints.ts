import { defineLintRule } from '../rule.js';

export default defineLintRule({
  id: 'no-mixed-number-range-constraints',
  category: 'schema',
  severity: 'warn',
  presets: ['strict'],
  formats: ['oas', 'async'],
  description: 'A schema does not give both `minimum` and a numeric `exclusiveMinimum` (or both maxima).',
  rationale:
    'In JSON Schema 2020-12 both bounds apply and the tighter wins: writing both is usually a draft-04 habit, and readers cannot tell which bound was meant.',
  fix: 'Keep one of the two bounds.',
  references: ['JSON Schema Validation 2020-12 §6.2 "Validation Keywords for Numeric Instances"', 'Redocly no-mixed-number-range-constraints'],
  examples: {
    bad: 'openapi: 3.1.0\ninfo: { title: T, version: 1.0.0 }\npaths: {}\ncomponents:\n  schemas:\n    Qty: { type: integer, minimum: 1, exclusiveMinimum: 0 }\n',
    good: 'openapi: 3.1.0\ninfo: { title: T, version: 1.0.0 }\npaths: {}\ncomponents:\n  schemas:\n    Qty: { type: integer, minimum: 1 }\n',
  },
  create: ({ report }) => ({
    Schema(node, ctx) {
      for (const [bound, exclusive] of [
        ['minimum', 'exclusiveMinimum'],
        ['maximum', 'exclusiveMaximum'],
      ])
        if (typeof node[bound] === 'number' && typeof node[exclusive] === 'number')
          report(ctx, {
            at: { file: ctx.at.file, pointer: `${ctx.at.pointer}/${exclusive}` },
            target: 'key',
            message: `schema has both ${bound} and ${exclusive}`,
            messageId: bound,
            data: { keyword: exclusive },
          });
    },
  }),
});
