import { coversStatus } from '../coverage.js';
import { isItemPath, operationName } from '../helpers.js';
import { defineLintRule } from '../rule.js';

export default defineLintRule({
  id: 'item-404',
  category: 'status',
  severity: 'warn',
  presets: ['recommended', 'strict'],
  description:
    'Operations on an item path (`/orders/{id}`) declare 404 Not Found; a `default` response covers it when the operation lists no generic error (401, 403, 429, 500, 503) one by one.',
  rationale: 'Any id can be wrong, deleted or someone else’s. Without 404 in the contract clients treat a missing item as a server failure and retry it.',
  fix: 'Add a 404 response to operations whose path ends in a parameter.',
  references: ['RFC 9110 §15.5.5 "404 Not Found"'],
  examples: {
    bad: 'openapi: 3.1.0\ninfo: { title: T, version: 1.0.0 }\npaths:\n  /a/{id}:\n    get:\n      parameters: [{ name: id, in: path, required: true, schema: { type: string } }]\n      responses: { "200": { description: OK } }\n',
    good: 'openapi: 3.1.0\ninfo: { title: T, version: 1.0.0 }\npaths:\n  /a/{id}:\n    get:\n      parameters: [{ name: id, in: path, required: true, schema: { type: string } }]\n      responses: { "200": { description: OK }, "404": { description: No such item } }\n',
  },
  create: ({ report }) => ({
    Operation(_node, ctx) {
      const op = ctx.operation!;
      if (isItemPath(op.path) && op.method !== 'post' && !coversStatus(op, '404'))
        report(ctx, { message: `${operationName(op)} addresses one item but declares no 404` });
    },
  }),
});
