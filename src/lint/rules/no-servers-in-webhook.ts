import { below, operationsOf } from '../oas-nodes.js';
import { defineLintRule } from '../rule.js';

export default defineLintRule({
  id: 'no-servers-in-webhook',
  category: 'docs',
  severity: 'warn',
  presets: ['strict'],
  description: 'OpenAPI 3.1 webhooks do not declare `servers`.',
  rationale: 'A webhook is sent by the API to a URL its consumer registers: a server in the webhook claims a destination the API does not choose.',
  fix: 'Remove `servers` from the webhook; document how consumers register their URL.',
  references: ['OpenAPI 3.1 §4.8.1 "webhooks"', 'spectral:oas oas3_1-servers-in-webhook'],
  examples: {
    bad: 'openapi: 3.1.0\ninfo: { title: T, version: 1.0.0 }\nwebhooks:\n  orderPaid:\n    post:\n      servers: [{ url: "https://hooks.shop.io" }]\n      responses: { "200": { description: OK } }\n',
    good: 'openapi: 3.1.0\ninfo: { title: T, version: 1.0.0 }\nwebhooks:\n  orderPaid:\n    post:\n      responses: { "200": { description: OK } }\n',
  },
  create: ({ report }) => ({
    Document(node, ctx) {
      const items = new Set<unknown>();
      for (const { key, item, itemAt, op, opAt } of operationsOf(ctx.doc, node.webhooks, below(ctx.at, 'webhooks'))) {
        if (!items.has(item) && item.servers !== undefined)
          report(ctx, {
            at: below(itemAt, 'servers'),
            target: 'key',
            messageId: 'path-item',
            message: `webhook ${key} declares servers`,
            data: { webhook: key },
          });
        items.add(item);
        if (op.servers !== undefined)
          report(ctx, {
            at: below(opAt, 'servers'),
            target: 'key',
            messageId: 'operation',
            message: `webhook ${key} declares servers`,
            data: { webhook: key },
          });
      }
    },
  }),
});
