import { defineLintRule } from '../rule.js';

/** The first mismatch between a value and a schema's own type, enum and required keywords. */
function mismatch(value: unknown, schema: Record<string, any>): string | undefined {
  const types: string[] = Array.isArray(schema.type) ? schema.type : schema.type ? [schema.type] : [];
  if (value === null) return types.length && !types.includes('null') && schema.nullable !== true ? 'is null' : undefined;
  const actual = Array.isArray(value) ? 'array' : typeof value === 'number' ? (Number.isInteger(value) ? 'integer' : 'number') : typeof value;
  if (types.length && !types.includes(actual) && !(actual === 'integer' && types.includes('number'))) return `is ${actual}, not ${types.join(' or ')}`;
  if (Array.isArray(schema.enum) && !schema.enum.some((e: unknown) => JSON.stringify(e) === JSON.stringify(value))) return `${JSON.stringify(value)} is not in the enum`;
  if (actual === 'object' && Array.isArray(schema.required)) {
    const missing = schema.required.find((name: string) => !(name in (value as object)));
    if (missing) return `lacks required "${missing}"`;
  }
  return undefined;
}

export default defineLintRule({
  id: 'example-matches-schema',
  category: 'schema',
  severity: 'warn',
  presets: ['recommended', 'strict'],
  description: 'A schema’s examples match its type, enum and required properties.',
  rationale: 'Examples are copied into documentation, mocks and tests. One that violates its own schema teaches clients a payload the server rejects.',
  fix: 'Correct the example (or the schema, if the example shows the truth).',
  references: ['OpenAPI 3.1 §4.8.24 "Schema Object": example(s)'],
  examples: {
    bad: 'openapi: 3.1.0\ninfo: { title: T, version: 1.0.0 }\npaths: {}\ncomponents:\n  schemas:\n    Count: { type: integer, example: "ten" }\n',
    good: 'openapi: 3.1.0\ninfo: { title: T, version: 1.0.0 }\npaths: {}\ncomponents:\n  schemas:\n    Count: { type: integer, example: 10 }\n',
  },
  create: ({ report }) => ({
    Schema(node, ctx) {
      const examples: Array<[string, unknown]> = [];
      if (node.example !== undefined) examples.push(['example', node.example]);
      if (Array.isArray(node.examples)) node.examples.forEach((e: unknown, i: number) => examples.push([`examples/${i}`, e]));
      for (const [key, value] of examples) {
        const problem = mismatch(value, node);
        if (problem) report(ctx, { at: { file: ctx.at.file, pointer: `${ctx.at.pointer}/${key}` }, message: `example ${problem}` });
      }
    },
  }),
});
