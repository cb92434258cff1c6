import { isObject } from '../helpers.js';
import { resolved } from '../oas-nodes.js';
import { defineLintRule } from '../rule.js';

export default defineLintRule({
  id: 'boolean-parameter-prefixes',
  category: 'naming',
  severity: 'warn',
  presets: [],
  description: 'Boolean parameters are named as questions: `is` or `has` followed by a word (`isActive`, `has_children`).',
  rationale: 'A style some guides mandate: `?active=true` reads as a filter value, `?isActive=true` as a yes/no flag.',
  fix: 'Rename the parameter with an `is` or `has` prefix.',
  references: ['Redocly boolean-parameter-prefixes'],
  examples: {
    bad: 'openapi: 3.1.0\ninfo: { title: T, version: 1.0.0 }\npaths:\n  /a: { get: { parameters: [{ name: active, in: query, schema: { type: boolean } }], responses: { "200": { description: OK } } } }\n',
    good: 'openapi: 3.1.0\ninfo: { title: T, version: 1.0.0 }\npaths:\n  /a: { get: { parameters: [{ name: isActive, in: query, schema: { type: boolean } }], responses: { "200": { description: OK } } } }\n',
  },
  create: ({ report }) => ({
    Parameter(node, ctx) {
      const { node: schema } = resolved(ctx.doc, node.schema, { file: ctx.at.file, pointer: `${ctx.at.pointer}/schema` });
      const type = ctx.doc.version === '2.0' ? node.type : isObject(schema) ? schema.type : undefined;
      if (type !== 'boolean' || typeof node.name !== 'string' || /^(is|has)[A-Z_-]/.test(node.name)) return;
      report(ctx, {
        at: { file: ctx.at.file, pointer: `${ctx.at.pointer}/name` },
        message: `boolean parameter "${node.name}" has no is or has prefix`,
        data: { name: node.name },
      });
    },
  }),
});
