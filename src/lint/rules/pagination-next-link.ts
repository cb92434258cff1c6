import { bodySchemas, headerNames, isItemPath, isObject, operationName, parameterNames, successResponses } from '../helpers.js';
import { pagingParameters } from '../pagination.js';
import { defineLintRule } from '../rule.js';

const NEXT =
  /^(next|next_?cursor|next_?page|next_?page_?(uri|url|link)|next_?(uri|url|link|href)|next_?page_?token|nextpagetoken|has_?more|links|_links|paging|pagination|cursor|meta|page_?info|continuation_?token)$/i;

const KEYSET = new Set(['before', 'after', 'since', 'starting_after', 'ending_before']);

export default defineLintRule({
  id: 'pagination-next-link',
  category: 'pagination',
  severity: 'warn',
  presets: ['recommended', 'strict'],
  description:
    'A paginated response tells the client how to get the next page (a next cursor, link, or Link header); keyset paging by `before`/`after` ids and a `start`–`end` time range need none.',
  rationale:
    'Without a next cursor or link clients compute the next page themselves, usually by offset arithmetic that breaks as soon as the server changes how it pages.',
  fix: 'Return `next` (a cursor or URL, null on the last page) or a `Link: <…>; rel="next"` header.',
  references: ['RFC 8288 "Web Linking"', 'Google AIP-158: next_page_token'],
  examples: {
    bad: 'openapi: 3.1.0\ninfo: { title: T, version: 1.0.0 }\npaths:\n  /orders:\n    get:\n      parameters: [{ name: cursor, in: query, schema: { type: string } }]\n      responses: { "200": { description: OK, content: { application/json: { schema: { type: object, properties: { items: { type: array } } } } } } }\n',
    good: 'openapi: 3.1.0\ninfo: { title: T, version: 1.0.0 }\npaths:\n  /orders:\n    get:\n      parameters: [{ name: cursor, in: query, schema: { type: string } }]\n      responses: { "200": { description: OK, content: { application/json: { schema: { type: object, properties: { items: { type: array }, next: { type: string } } } } } } }\n',
  },
  create: ({ report }) => ({
    Operation(_node, ctx) {
      const op = ctx.operation!;
      const paging = pagingParameters(op);
      const names = new Set(parameterNames(op, 'query'));
      // `start` beside `end` is a time range, not a page offset.
      const offset = paging.offset.filter((p) => !(String(p.node.name).toLowerCase() === 'start' && names.has('end')));
      // Keyset paging by ids (`before`, `after`): the client sends the last id it saw, no link needed.
      const cursor = paging.cursor.filter((p) => !KEYSET.has(String(p.node.name).toLowerCase()));
      // Paging parameters on a GET of one item (DigitalOcean's volume action) are stray, not a list to page through.
      if (op.method !== 'get' || isItemPath(op.path) || cursor.length + offset.length === 0) return;
      for (const [code, response] of successResponses(op)) {
        // A 202 (Discord's "index not ready yet") is no page.
        if (code !== '200' && code !== '206') continue;
        if (headerNames(response.node).includes('link')) continue;
        const schemas = bodySchemas(response.node).map(({ schema }) => ctx.doc.deref(schema, response.at.file, response.at.pointer).node as any);
        if (schemas.length === 0) continue;
        const hasNext = schemas.some((s) => (isObject(s?.properties) && Object.keys(s.properties).some((k) => NEXT.test(k))) || (s?.allOf ?? []).length > 0);
        if (!hasNext) report(ctx, { at: response.at, message: `${operationName(op)} ${code} is paginated but returns no next cursor or link` });
      }
    },
  }),
});
