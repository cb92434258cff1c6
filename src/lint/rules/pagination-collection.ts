import type { ContractDocument } from '../../contracts/load.js';
import type { At } from '../../contracts/walk.js';
import { bodySchemas, childAt, isCollectionGet, isObject, operationName, resolveAt, successResponses } from '../helpers.js';
import { pagingParameters } from '../pagination.js';
import { defineLintRule } from '../rule.js';

/** A list response: a top-level array, or an object whose main field is an array. */
export function returnsList(doc: ContractDocument, schema: unknown, at: At): boolean {
  const s = resolveAt(doc, schema, at);
  if (!isObject(s.node)) return false;
  if (s.node.type === 'array') return true;
  if (!isObject(s.node.properties)) return false;
  return Object.entries(s.node.properties).some(
    ([name, value]) =>
      /^(items|data|results|entries|values|records|list|elements|content)$/i.test(name) &&
      resolveAt(doc, value, childAt(s, 'properties', name)).node?.type === 'array',
  );
}

export default defineLintRule({
  id: 'pagination-collection',
  category: 'pagination',
  severity: 'warn',
  presets: ['strict'],
  description: 'Every collection GET that returns a list is paginated.',
  rationale:
    'Collections grow. An unpaginated list is fine with ten items and an outage with a million: responses time out, memory spikes, and adding pagination later is a breaking change.',
  fix: 'Add a bounded page size (`limit`) and a cursor (`cursor`/`after`) to the operation, and a next cursor or link to the response.',
  references: ['Google AIP-158 "Pagination"', 'Zalando RESTful API Guidelines, rule 159'],
  examples: {
    bad: 'openapi: 3.1.0\ninfo: { title: T, version: 1.0.0 }\npaths:\n  /orders:\n    get:\n      responses: { "200": { description: OK, content: { application/json: { schema: { type: object, properties: { items: { type: array, items: { type: object } } } } } } } }\n',
    good: 'openapi: 3.1.0\ninfo: { title: T, version: 1.0.0 }\npaths:\n  /orders:\n    get:\n      parameters:\n        - { name: limit, in: query, schema: { type: integer, maximum: 100, default: 20 } }\n        - { name: cursor, in: query, schema: { type: string } }\n      responses: { "200": { description: OK, content: { application/json: { schema: { type: object, properties: { items: { type: array, items: { type: object } }, next: { type: string } } } } } } }\n',
  },
  create: ({ report }) => ({
    Operation(_node, ctx) {
      const op = ctx.operation!;
      if (!isCollectionGet(op)) return;
      const lists = successResponses(op).some(([, r]) => bodySchemas(r.node).some(({ schema }) => returnsList(ctx.doc, schema, r.at)));
      const paging = pagingParameters(op);
      if (lists && paging.size.length + paging.cursor.length + paging.offset.length === 0)
        report(ctx, { message: `${operationName(op)} returns a list without pagination parameters` });
    },
  }),
});
