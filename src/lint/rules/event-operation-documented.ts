import { child, operationView } from '../events.js';
import { defineLintRule } from '../rule.js';

const text = (v: unknown) => typeof v === 'string' && v.trim() !== '';

export default defineLintRule({
  id: 'event-operation-documented',
  category: 'docs',
  severity: 'warn',
  presets: ['recommended', 'strict'],
  formats: ['async'],
  description: 'Every operation has a unique id (2.x `operationId`; 3.0 its key) and a summary or description (its own or a trait’s).',
  rationale:
    'Generated clients and handlers are named after the operation id, and the summary is what a consumer team reads to decide whether this is the stream it needs. Without them, every reader reverse-engineers intent from channel names and payloads.',
  fix: 'Add a `summary` (one line: what happens and who does it) or `description`; in 2.x also a unique `operationId`.',
  references: [
    'AsyncAPI 3.0.0 "Operation Object": summary, description (https://www.asyncapi.com/docs/reference/specification/v3.0.0#operationObject)',
    'AsyncAPI 2.6.0 "Operation Object": operationId "MUST be unique among all operations described in the API"',
  ],
  examples: {
    bad: 'asyncapi: 3.0.0\ninfo: { title: T, version: 1.0.0 }\nchannels:\n  orders: { address: orders.v1 }\noperations:\n  publishOrders: { action: send, channel: { $ref: "#/channels/orders" } }\n',
    good: 'asyncapi: 3.0.0\ninfo: { title: T, version: 1.0.0 }\nchannels:\n  orders: { address: orders.v1 }\noperations:\n  publishOrders: { action: send, channel: { $ref: "#/channels/orders" }, summary: Checkout publishes every order state change. }\n',
  },
  create: ({ report }) => {
    const ids = new Map<string, string>();
    return {
      Operation(node, ctx) {
        const op = ctx.event!.operation!;
        const view = operationView(ctx.doc, op);
        const missing: string[] = [];
        if (ctx.doc.version.startsWith('2.')) {
          if (!text(node.operationId)) missing.push('no operationId');
          else if (ids.has(node.operationId))
            report(ctx, {
              at: child(op.at, 'operationId'),
              messageId: 'duplicate-id',
              message: `operationId "${node.operationId}" is already used by ${ids.get(node.operationId)}`,
            });
          else ids.set(node.operationId, `${op.verb} ${op.channel.address}`);
        }
        if (!text(view.summary) && !text(view.description)) missing.push('no summary or description');
        if (missing.length) report(ctx, { messageId: 'undocumented', message: `operation ${op.id} has ${missing.join(' and ')}` });
      },
    };
  },
});
