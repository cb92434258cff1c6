import { operationName } from '../helpers.js';
import { pagingParameters } from '../pagination.js';
import { defineLintRule } from '../rule.js';

export default defineLintRule({
  id: 'pagination-page-size-bounded',
  category: 'pagination',
  severity: 'warn',
  presets: ['recommended', 'strict'],
  description: 'The page-size parameter has a default and a maximum.',
  rationale:
    'A page size without a maximum is no pagination at all: `?limit=1000000` fetches everything. Without a default, each client picks its own and load becomes unpredictable.',
  fix: 'Give the page-size schema `default` (e.g. 20) and `maximum` (e.g. 100).',
  references: ['Google AIP-158 "Pagination": page_size'],
  examples: {
    bad: 'openapi: 3.1.0\ninfo: { title: T, version: 1.0.0 }\npaths:\n  /orders:\n    get:\n      parameters: [{ name: limit, in: query, schema: { type: integer } }]\n      responses: { "200": { description: OK } }\n',
    good: 'openapi: 3.1.0\ninfo: { title: T, version: 1.0.0 }\npaths:\n  /orders:\n    get:\n      parameters: [{ name: limit, in: query, schema: { type: integer, maximum: 100, default: 20 } }]\n      responses: { "200": { description: OK } }\n',
  },
  create: ({ report }) => ({
    Operation(_node, ctx) {
      const op = ctx.operation!;
      if (op.method !== 'get') return;
      for (const parameter of pagingParameters(op).size) {
        const schema = (ctx.doc.deref(parameter.node.schema ?? parameter.node, parameter.at.file, parameter.at.pointer).node ?? {}) as Record<string, unknown>;
        const missing = [schema.maximum === undefined && 'maximum', schema.default === undefined && 'default'].filter(Boolean);
        if (missing.length)
          report(ctx, { at: parameter.at, message: `page size "${parameter.node.name}" of ${operationName(op)} has no ${missing.join(' or ')}` });
      }
    },
  }),
});
