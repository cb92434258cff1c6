import { isObject } from '../helpers.js';
import { resolved } from '../oas-nodes.js';
import { defineLintRule } from '../rule.js';

export default defineLintRule({
  id: 'array-parameter-serialization',
  category: 'docs',
  severity: 'warn',
  presets: [],
  description: 'OpenAPI 3: an array parameter says how it is serialised (`style` and `explode`).',
  rationale:
    'An array in a query can be `?id=1&id=2`, `?id=1,2` or `?id=1 2`; the defaults differ by location, and clients and servers that guess differently lose values.',
  fix: 'Write `style` and `explode` on the parameter (e.g. `style: form, explode: false` for `?id=1,2`).',
  references: ['OpenAPI 3.1 §4.8.12.4 "Style Values"', 'Redocly array-parameter-serialization'],
  examples: {
    bad: 'openapi: 3.1.0\ninfo: { title: T, version: 1.0.0 }\npaths:\n  /a: { get: { parameters: [{ name: id, in: query, schema: { type: array, items: { type: string } } }], responses: { "200": { description: OK } } } }\n',
    good: 'openapi: 3.1.0\ninfo: { title: T, version: 1.0.0 }\npaths:\n  /a: { get: { parameters: [{ name: id, in: query, style: form, explode: false, schema: { type: array, items: { type: string } } }], responses: { "200": { description: OK } } } }\n',
  },
  create: ({ report }) => ({
    Parameter(node, ctx) {
      if (ctx.doc.version === '2.0' || (node.style !== undefined && node.explode !== undefined)) return;
      const { node: schema } = resolved(ctx.doc, node.schema, { file: ctx.at.file, pointer: `${ctx.at.pointer}/schema` });
      if (!isObject(schema) || (schema.type !== 'array' && schema.items === undefined && schema.prefixItems === undefined)) return;
      report(ctx, { message: `array parameter "${String(node.name)}" has no style and explode`, data: { name: node.name } });
    },
  }),
});
