import { isObject } from '../helpers.js';
import { below, operationsOf, resolved } from '../oas-nodes.js';
import { defineLintRule } from '../rule.js';

export default defineLintRule({
  id: 'no-callbacks-in-callbacks',
  category: 'docs',
  severity: 'warn',
  presets: ['strict'],
  description: 'A callback’s operations do not define callbacks of their own.',
  rationale:
    'A callback of a callback describes requests that the API’s consumer would send back to the API in reply to its own webhook: no tool renders or generates it, and it is almost always a mis-indented block.',
  fix: 'Move the nested callback to the operation that triggers it.',
  references: ['OpenAPI 3.1 §4.8.18 "Callback Object"', 'spectral:oas oas3-callbacks-in-callbacks'],
  examples: {
    bad: 'openapi: 3.1.0\ninfo: { title: T, version: 1.0.0 }\npaths:\n  /a:\n    post:\n      responses: { "200": { description: OK } }\n      callbacks:\n        done:\n          "{$request.body#/url}":\n            post:\n              responses: { "200": { description: OK } }\n              callbacks: { again: {} }\n',
    good: 'openapi: 3.1.0\ninfo: { title: T, version: 1.0.0 }\npaths:\n  /a:\n    post:\n      responses: { "200": { description: OK } }\n      callbacks:\n        done:\n          "{$request.body#/url}":\n            post:\n              responses: { "200": { description: OK } }\n',
  },
  create: ({ report }) => ({
    Document(node, ctx) {
      if (ctx.doc.version === '2.0') return;
      for (const { op, opAt } of operationsOf(ctx.doc, node.paths, below(ctx.at, 'paths'))) {
        if (!isObject(op.callbacks)) continue;
        for (const name of Object.keys(op.callbacks)) {
          const callback = resolved(ctx.doc, op.callbacks[name], below(opAt, 'callbacks', name));
          for (const inner of operationsOf(ctx.doc, callback.node, callback.at))
            if (inner.op.callbacks !== undefined)
              report(ctx, {
                at: below(inner.opAt, 'callbacks'),
                target: 'key',
                message: `callback ${name} defines callbacks of its own`,
                data: { callback: name },
              });
        }
      }
    },
  }),
});
