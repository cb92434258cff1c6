import { operationName } from '../helpers.js';
import { defineLintRule } from '../rule.js';

const FILTER = /^(filter|filters|q|query|where|\$filter|fields|expand|include)$/i;

export default defineLintRule({
  id: 'filter-allow-listed',
  category: 'filtering',
  severity: 'info',
  presets: ['strict'],
  description: 'Generic filter, field-selection and expansion parameters are allow-listed or documented.',
  rationale:
    'A free-form `filter`, `fields` or `expand` is a query language with no grammar in the contract: clients guess it, and the server has to defend against every expensive or private combination.',
  fix: 'Prefer one query parameter per filterable field with an enum or format; otherwise document the grammar and the allowed fields.',
  references: ['Google AIP-160 "Filtering"', 'OWASP API Security Top 10 2023, API3 "Broken Object Property Level Authorization"'],
  examples: {
    bad: 'openapi: 3.1.0\ninfo: { title: T, version: 1.0.0 }\npaths:\n  /orders:\n    get:\n      parameters: [{ name: filter, in: query, schema: { type: string } }]\n      responses: { "200": { description: OK } }\n',
    good: 'openapi: 3.1.0\ninfo: { title: T, version: 1.0.0 }\npaths:\n  /orders:\n    get:\n      parameters: [{ name: status, in: query, schema: { type: string, enum: [open, closed] } }]\n      responses: { "200": { description: OK } }\n',
  },
  create: ({ report }) => ({
    Parameter(node, ctx) {
      if (node.in !== 'query' || !FILTER.test(String(node.name))) return;
      const schema = (ctx.doc.deref(node.schema ?? {}, ctx.at.file, ctx.at.pointer).node ?? {}) as any;
      if (Array.isArray(schema.enum) || Array.isArray(schema.items?.enum) || (node.description && String(node.description).length > 40)) return;
      report(ctx, { message: `"${node.name}" of ${operationName(ctx.operation!)} takes free-form input with no allow-list or documented grammar` });
    },
  }),
});
