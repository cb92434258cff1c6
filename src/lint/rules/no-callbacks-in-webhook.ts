import { below, operationsOf } from '../oas-nodes.js';
import { defineLintRule } from '../rule.js';

export default defineLintRule({
  id: 'no-callbacks-in-webhook',
  category: 'docs',
  severity: 'warn',
  presets: ['strict'],
  description: 'OpenAPI 3.1 webhooks do not define callbacks.',
  rationale: 'A callback of a webhook would be a request the consumer sends back in reply to the API’s own notification: no tool renders or generates it.',
  fix: 'Remove the callback, or describe the reply as an operation under `paths`.',
  references: ['OpenAPI 3.1 §4.8.1 "webhooks"', 'spectral:oas oas3_1-callbacks-in-webhook'],
  examples: {
    bad: 'openapi: 3.1.0\ninfo: { title: T, version: 1.0.0 }\nwebhooks:\n  orderPaid:\n    post:\n      responses: { "200": { description: OK } }\n      callbacks: { ack: {} }\n',
    good: 'openapi: 3.1.0\ninfo: { title: T, version: 1.0.0 }\nwebhooks:\n  orderPaid:\n    post:\n      responses: { "200": { description: OK } }\n',
  },
  create: ({ report }) => ({
    Document(node, ctx) {
      for (const { key, op, opAt } of operationsOf(ctx.doc, node.webhooks, below(ctx.at, 'webhooks')))
        if (op.callbacks !== undefined)
          report(ctx, { at: below(opAt, 'callbacks'), target: 'key', message: `webhook ${key} defines callbacks`, data: { webhook: key } });
    },
  }),
});
