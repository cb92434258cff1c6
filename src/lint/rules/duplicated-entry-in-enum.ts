import { sameJson } from '../oas-nodes.js';
import { defineLintRule } from '../rule.js';

export default defineLintRule({
  id: 'duplicated-entry-in-enum',
  category: 'schema',
  severity: 'warn',
  presets: ['recommended', 'strict'],
  formats: ['oas', 'async'],
  description: 'An enum lists each value once.',
  rationale: 'JSON Schema wants enum values unique; a duplicate is usually a copy-paste slip that hides a missing value, and some generators fail on it.',
  fix: 'Remove the duplicate value (and check whether another one was meant).',
  references: [
    'JSON Schema Validation §6.1.2 "enum: elements in the array SHOULD be unique"',
    'spectral:oas duplicated-entry-in-enum',
    'Redocly no-duplicated-enum-values',
  ],
  examples: {
    bad: 'openapi: 3.1.0\ninfo: { title: T, version: 1.0.0 }\npaths: {}\ncomponents:\n  schemas:\n    Status: { type: string, enum: [open, paid, open] }\n',
    good: 'openapi: 3.1.0\ninfo: { title: T, version: 1.0.0 }\npaths: {}\ncomponents:\n  schemas:\n    Status: { type: string, enum: [open, paid, shipped] }\n',
  },
  create: ({ report }) => ({
    Schema(node, ctx) {
      if (!Array.isArray(node.enum)) return;
      const values: unknown[] = node.enum;
      // Scalars are looked up by value, so a long enum (currency or country codes) costs one pass, not a pairwise comparison.
      const firstScalar = new Map<unknown, number>();
      const objects: number[] = [];
      values.forEach((value, i) => {
        let first: number | undefined;
        if (value !== null && typeof value === 'object') {
          first = objects.find((j) => sameJson(values[j], value));
          if (first === undefined) objects.push(i);
        } else {
          first = firstScalar.get(value);
          if (first === undefined) firstScalar.set(value, i);
        }
        if (first === undefined) return;
        report(ctx, {
          at: { file: ctx.at.file, pointer: `${ctx.at.pointer}/enum/${i}` },
          message: `enum value ${JSON.stringify(value)} is already listed at enum[${first}]`,
          data: { value, first },
        });
      });
    },
  }),
});
