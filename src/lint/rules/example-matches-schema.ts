import type { At, WalkContext } from '../../contracts/walk.js';
import { joinPointer } from '../../core/pointer.js';
import { isObject, resolveAt, type Located } from '../helpers.js';
import { defineLintRule } from '../rule.js';
import { SchemaValidator } from '../validator.js';

const child = (at: At, ...segments: Array<string | number>): At => ({ file: at.file, pointer: joinPointer(at.pointer, ...segments) });

export default defineLintRule({
  id: 'example-matches-schema',
  category: 'schema',
  severity: 'warn',
  presets: ['recommended', 'strict'],
  description:
    'Every example — a schema’s `example`/`examples`, a media type’s, a parameter’s or a header’s — validates against its schema, in the document’s JSON Schema dialect.',
  rationale:
    'Examples are copied into documentation, mocks and tests. One that violates its own schema teaches clients a payload the server rejects — or shows that the schema, not the example, is wrong.',
  fix: 'Correct the example (or the schema, if the example shows the truth).',
  references: ['OpenAPI 3.1 §4.8.24 "Schema Object": example(s)', 'OpenAPI 3.1 §4.8.19 "Example Object"', 'JSON Schema Validation 2020-12'],
  examples: {
    bad: 'openapi: 3.1.0\ninfo: { title: T, version: 1.0.0 }\npaths: {}\ncomponents:\n  schemas:\n    Count: { type: integer, maximum: 10, example: 12 }\n',
    good: 'openapi: 3.1.0\ninfo: { title: T, version: 1.0.0 }\npaths: {}\ncomponents:\n  schemas:\n    Count: { type: integer, maximum: 10, example: 10 }\n',
  },
  create: ({ report }) => {
    let validator: SchemaValidator | undefined;
    // The walk visits a schema once per context; its own examples are judged once.
    const judged = new Set<object>();
    // A shared response or parameter is reached once per use and per context; each example is judged
    // once per schema (a shared Example Object may serve several schemas).
    const judgedAt = new Map<object, Set<string>>();
    const judge = (ctx: WalkContext, schema: Located | undefined, value: unknown, at: At) => {
      if (!schema || !isObject(schema.node)) return;
      const where = `${at.file}#${at.pointer}`;
      const seen = judgedAt.get(schema.node) ?? judgedAt.set(schema.node, new Set()).get(schema.node)!;
      if (seen.has(where)) return;
      seen.add(where);
      validator ??= new SchemaValidator(ctx.doc);
      const error = validator.check(schema, value);
      if (!error) return;
      const inside = error.instancePath ? ` at ${error.instancePath}` : '';
      report(ctx, {
        at,
        message: `example${inside} ${error.message}`,
        data: { keyword: error.keyword, instancePath: error.instancePath, schemaPath: error.schemaPath, params: error.params },
      });
    };
    /** `example`, and `examples` as Example Objects (`value`, refs followed) of a media type, parameter or header. */
    const exampleObjects = (node: Record<string, any>, ctx: WalkContext, schema: unknown) => {
      if (schema === undefined) return;
      const located = resolveAt(ctx.doc, schema, child(ctx.at, 'schema'));
      if (node.example !== undefined) judge(ctx, located, node.example, child(ctx.at, 'example'));
      if (!isObject(node.examples)) return;
      for (const name of Object.keys(node.examples)) {
        const example = resolveAt(ctx.doc, node.examples[name], child(ctx.at, 'examples', name));
        if (isObject(example.node) && 'value' in example.node) judge(ctx, located, example.node.value, child(example.at, 'value'));
      }
    };
    return {
      Schema(node, ctx) {
        if (judged.has(node)) return;
        judged.add(node);
        const self = { node, at: ctx.at };
        if (node.example !== undefined) judge(ctx, self, node.example, child(ctx.at, 'example'));
        if (Array.isArray(node.examples)) node.examples.forEach((value: unknown, i: number) => judge(ctx, self, value, child(ctx.at, 'examples', i)));
      },
      MediaType: (node, ctx) => exampleObjects(node, ctx, node.schema),
      Parameter: (node, ctx) => exampleObjects(node, ctx, node.schema),
      Header: (node, ctx) => exampleObjects(node, ctx, node.schema),
    };
  },
});
