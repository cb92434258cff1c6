import { operationName } from '../helpers.js';
import { pagingParameters } from '../pagination.js';
import { defineLintRule } from '../rule.js';

export default defineLintRule({
  id: 'pagination-cursor-preferred',
  category: 'pagination',
  severity: 'info',
  presets: ['strict'],
  description: 'Large or changing collections page by cursor, not offset.',
  rationale:
    'Offset paging skips or repeats items when the collection changes between requests, and `OFFSET 100000` scans everything before it. A cursor is stable and costs the same on every page.',
  fix: 'Replace `offset`/`page` with an opaque `cursor` (the last item’s sort key) returned as `next`.',
  references: ['Google AIP-158 "Pagination"', 'Slack Engineering, "Evolving API Pagination at Slack"'],
  examples: {
    bad: 'openapi: 3.1.0\ninfo: { title: T, version: 1.0.0 }\npaths:\n  /orders:\n    get:\n      parameters: [{ name: offset, in: query, schema: { type: integer } }]\n      responses: { "200": { description: OK } }\n',
    good: 'openapi: 3.1.0\ninfo: { title: T, version: 1.0.0 }\npaths:\n  /orders:\n    get:\n      parameters: [{ name: cursor, in: query, schema: { type: string } }]\n      responses: { "200": { description: OK } }\n',
  },
  create: ({ report }) => ({
    Operation(_node, ctx) {
      const op = ctx.operation!;
      const paging = pagingParameters(op);
      if (op.method === 'get' && paging.offset.length > 0 && paging.cursor.length === 0) {
        report(ctx, {
          at: paging.offset[0].at,
          message: `${operationName(op)} pages by "${paging.offset[0].node.name}" (offset), which skips or repeats items when the collection changes`,
        });
      }
    },
  }),
});
