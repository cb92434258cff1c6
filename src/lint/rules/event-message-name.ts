import { defineLintRule } from '../rule.js';
import { messageFieldAt } from '../events.js';

export default defineLintRule({
  id: 'event-message-name',
  category: 'events',
  severity: 'warn',
  presets: ['recommended', 'strict'],
  formats: ['async'],
  description: 'Every message has a name (2.x: a name or messageId; 3.0: its `components/messages` key will do), unique in the document.',
  rationale:
    'Code generators name classes after the message name, consumers dispatch and log by it, and diffs match messages across versions by it. An anonymous message gets a generated name that changes when the document is reorganised; two messages with one name collide in generated code.',
  fix: 'Give each message a unique, stable `name` (e.g. `OrderPlaced`); in 2.x `messageId` works too.',
  references: [
    'AsyncAPI 3.0.0 "Message Object": name (https://www.asyncapi.com/docs/reference/specification/v3.0.0#messageObject)',
    'AsyncAPI 2.6.0 "Message Object": messageId "MUST be unique among all messages described in the API"',
  ],
  examples: {
    bad: 'asyncapi: 3.0.0\ninfo: { title: T, version: 1.0.0 }\nchannels:\n  orders:\n    address: orders\n    messages:\n      placed: { payload: { type: object } }\n',
    good: 'asyncapi: 3.0.0\ninfo: { title: T, version: 1.0.0 }\nchannels:\n  orders:\n    address: orders\n    messages:\n      placed: { name: OrderPlaced, payload: { type: object } }\n',
  },
  create: ({ report }) => {
    const seen = new Map<string, string>();
    return {
      Message(node, ctx) {
        const message = ctx.event!.message!;
        const ids = [node.name, node.messageId].filter((v): v is string => typeof v === 'string' && v !== '');
        // In 3.0 the key under `components/messages` is the message's identifier.
        const keyed = !ctx.doc.version.startsWith('2.') && ctx.at.pointer.startsWith('/components/messages/');
        if (ids.length === 0 && !keyed)
          return report(ctx, { messageId: 'missing', message: `message ${message.key} has no name${ctx.doc.version.startsWith('2.') ? ' or messageId' : ''}` });
        for (const [field, id] of [
          ['name', node.name],
          ['messageId', node.messageId],
        ] as const) {
          if (typeof id !== 'string' || id === '') continue;
          const first = seen.get(`${field}\0${id}`);
          if (first)
            report(ctx, {
              at: messageFieldAt(message, field),
              messageId: 'duplicate',
              message: `message ${field} "${id}" is also used by the message at ${first}`,
            });
          else seen.set(`${field}\0${id}`, ctx.at.pointer);
        }
      },
    };
  },
});
