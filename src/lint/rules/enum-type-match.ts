import { defineLintRule } from '../rule.js';

function typeOf(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  if (typeof value === 'number') return Number.isInteger(value) ? 'integer' : 'number';
  return typeof value;
}

export default defineLintRule({
  id: 'enum-type-match',
  category: 'schema',
  severity: 'error',
  presets: ['recommended', 'strict'],
  formats: ['oas', 'async'],
  description: 'Enum values match the schema’s type.',
  rationale:
    'An enum value of the wrong type (`"1"` in an integer enum) can never validate: the value the documentation promises is rejected, and generated code fails to compile.',
  fix: 'Make the enum values the schema’s type, or fix the type.',
  references: ['JSON Schema Validation §6.1.2 "enum"'],
  examples: {
    bad: 'openapi: 3.1.0\ninfo: { title: T, version: 1.0.0 }\npaths: {}\ncomponents:\n  schemas:\n    Level: { type: integer, enum: [1, 2, "3"] }\n',
    good: 'openapi: 3.1.0\ninfo: { title: T, version: 1.0.0 }\npaths: {}\ncomponents:\n  schemas:\n    Level: { type: integer, enum: [1, 2, 3] }\n',
  },
  create: ({ report }) => ({
    Schema(node, ctx) {
      if (!Array.isArray(node.enum) || node.type === undefined) return;
      const types = new Set<string>(Array.isArray(node.type) ? node.type : [node.type]);
      if (node.nullable === true) types.add('null');
      node.enum.forEach((value: unknown, i: number) => {
        const actual = typeOf(value);
        if (types.has(actual) || (actual === 'integer' && types.has('number'))) return;
        report(ctx, {
          at: { file: ctx.at.file, pointer: `${ctx.at.pointer}/enum/${i}` },
          message: `enum value ${JSON.stringify(value)} is ${actual}, not ${[...types].join(' or ')}`,
        });
      });
    },
  }),
});
