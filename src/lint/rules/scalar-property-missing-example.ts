import { joinPointer } from '../../core/pointer.js';
import { isObject } from '../helpers.js';
import { resolved } from '../oas-nodes.js';
import { defineLintRule } from '../rule.js';

const SCALARS = ['string', 'integer', 'number', 'boolean', 'null'];

export default defineLintRule({
  id: 'scalar-property-missing-example',
  category: 'docs',
  severity: 'warn',
  presets: [],
  formats: ['oas', 'async'],
  description: 'Every scalar property (string, number, integer, boolean) has an `example` (or `examples` in OpenAPI 3.1).',
  rationale: 'Documentation and mock servers show the example; without one they show `"string"` and `0`, which tells readers nothing about the format.',
  fix: 'Add an `example` with a realistic value.',
  references: ['OpenAPI 3.1 §4.8.24 "Schema Object: example"', 'Redocly scalar-property-missing-example'],
  examples: {
    bad: 'openapi: 3.1.0\ninfo: { title: T, version: 1.0.0 }\npaths: {}\ncomponents:\n  schemas:\n    User: { type: object, properties: { name: { type: string } } }\n',
    good: 'openapi: 3.1.0\ninfo: { title: T, version: 1.0.0 }\npaths: {}\ncomponents:\n  schemas:\n    User: { type: object, properties: { name: { type: string, example: Ada } } }\n',
  },
  create: ({ report }) => ({
    Schema(node, ctx) {
      if (!isObject(node.properties)) return;
      for (const name of Object.keys(node.properties)) {
        const at = { file: ctx.at.file, pointer: joinPointer(ctx.at.pointer, 'properties', name) };
        const { node: p } = resolved(ctx.doc, node.properties[name], at);
        if (!isObject(p) || p.type === undefined || p.allOf || p.anyOf || p.oneOf || p.format === 'binary') continue;
        const types: unknown[] = Array.isArray(p.type) ? p.type : [p.type];
        if (!types.every((t) => SCALARS.includes(t as string)) || p.example !== undefined || p.examples !== undefined) continue;
        report(ctx, { at, target: 'key', message: `scalar property "${name}" has no example`, data: { property: name } });
      }
    },
  }),
});
