import { operationName } from '../helpers.js';
import { defineLintRule } from '../rule.js';

const SORT = /^(sort|sort_?by|order|order_?by|orderby|\$orderby|sortby|direction)$/i;

export default defineLintRule({
  id: 'sort-allow-listed',
  category: 'filtering',
  severity: 'warn',
  presets: ['recommended', 'strict'],
  description: 'Sort parameters allow-list their fields (an enum) and document the syntax.',
  rationale: 'A free-form sort lets clients sort by unindexed columns (a full scan per request) or by fields never meant to be public; an undocumented syntax is guessed differently by every client.',
  fix: 'Give the sort parameter an `enum` of the sortable fields (e.g. `createdAt`, `-createdAt`) and describe the syntax.',
  references: ['Google AIP-132 "Standard methods: List" (order_by)', 'OWASP API Security Top 10 2023, API4'],
  examples: {
    bad: 'openapi: 3.1.0\ninfo: { title: T, version: 1.0.0 }\npaths:\n  /orders:\n    get:\n      parameters: [{ name: sort, in: query, schema: { type: string } }]\n      responses: { "200": { description: OK } }\n',
    good: 'openapi: 3.1.0\ninfo: { title: T, version: 1.0.0 }\npaths:\n  /orders:\n    get:\n      parameters: [{ name: sort, in: query, description: "Field; a leading minus sorts descending.", schema: { type: string, enum: [createdAt, -createdAt] } }]\n      responses: { "200": { description: OK } }\n',
  },
  create: ({ report }) => ({
    Parameter(node, ctx) {
      if (node.in !== 'query' || !SORT.test(String(node.name))) return;
      const schema = (ctx.doc.deref(node.schema ?? {}, ctx.at.file, ctx.at.pointer).node ?? {}) as any;
      const items = ctx.doc.deref(schema.items ?? {}, ctx.at.file, ctx.at.pointer).node as any;
      const listed = Array.isArray(schema.enum) || Array.isArray(items?.enum);
      if (!listed) report(ctx, { message: `sort parameter "${node.name}" of ${operationName(ctx.operation!)} accepts any field; allow-list them with an enum` });
      else if (!node.description && !schema.description) report(ctx, { message: `sort parameter "${node.name}" of ${operationName(ctx.operation!)} does not document its syntax` });
    },
  }),
});
