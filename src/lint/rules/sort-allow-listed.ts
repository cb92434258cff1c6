import { operationName } from '../helpers.js';
import { defineLintRule } from '../rule.js';

const SORT = /^(sort|sort_?by|order|order_?by|orderby|\$orderby|sortby|direction)$/i;

export default defineLintRule({
  id: 'sort-allow-listed',
  category: 'filtering',
  severity: 'warn',
  presets: ['recommended', 'strict'],
  description: 'Sort parameters allow-list their fields (`enum`, or `oneOf` of `const`); a list of sort fields documents its syntax.',
  rationale:
    'A free-form sort lets clients sort by unindexed columns (a full scan per request) or by fields never meant to be public; an undocumented syntax is guessed differently by every client.',
  fix: 'Give the sort parameter an `enum` of the sortable fields (e.g. `createdAt`, `-createdAt`) and describe the syntax.',
  references: ['Google AIP-132 "Standard methods: List" (order_by)', 'OWASP API Security Top 10 2023, API4'],
  examples: {
    bad: 'openapi: 3.1.0\ninfo: { title: T, version: 1.0.0 }\npaths:\n  /orders:\n    get:\n      parameters: [{ name: sort, in: query, schema: { type: string } }]\n      responses: { "200": { description: OK } }\n',
    good: 'openapi: 3.1.0\ninfo: { title: T, version: 1.0.0 }\npaths:\n  /orders:\n    get:\n      parameters: [{ name: sort, in: query, description: "Field; a leading minus sorts descending.", schema: { type: string, enum: [createdAt, -createdAt] } }]\n      responses: { "200": { description: OK } }\n',
  },
  create: ({ report }) => ({
    Parameter(node, ctx) {
      if (node.in !== 'query' || !SORT.test(String(node.name))) return;
      // `order` that names an order ("the order to retrieve returns for", an order id) is a filter, not a sort.
      if (/^order$/i.test(String(node.name)) && /\b(the order|order (id|identifier))\b/i.test(String(node.description ?? ''))) return;
      const schema = (ctx.doc.deref(node.schema ?? {}, ctx.at.file, ctx.at.pointer).node ?? {}) as any;
      const items = ctx.doc.deref(schema.items ?? {}, ctx.at.file, ctx.at.pointer).node as any;
      // OpenAPI 3.1 lists values as `oneOf` of `const` as often as `enum`.
      const consts = (s: any) => Array.isArray(s?.oneOf) && s.oneOf.length > 0 && s.oneOf.every((m: any) => m?.const !== undefined || Array.isArray(m?.enum));
      const listed = Array.isArray(schema.enum) || Array.isArray(items?.enum) || consts(schema) || consts(items);
      if (!listed)
        report(ctx, {
          messageId: 'open',
          message: `sort parameter "${node.name}" of ${operationName(ctx.operation!)} accepts any field; allow-list them with an enum`,
        });
      // One field from an enum needs no more words; a list of fields needs its precedence and direction syntax explained.
      else if (schema.type === 'array' && !node.description && !schema.description)
        report(ctx, { messageId: 'undocumented', message: `sort parameter "${node.name}" of ${operationName(ctx.operation!)} does not document its syntax` });
    },
  }),
});
