import { defineLintRule } from '../rule.js';
import { messageName } from '../events.js';

export default defineLintRule({
  id: 'event-message-payload',
  category: 'events',
  severity: 'warn',
  presets: ['recommended', 'strict'],
  formats: ['async'],
  description: 'Every message declares a payload schema.',
  rationale:
    'Without a payload schema, producers and consumers agree on the message body only by reading each other’s code: no generated types, no validation, and no way for a diff to tell a breaking change from a harmless one.',
  fix: 'Add a `payload` schema to the message (JSON Schema, Avro or another `schemaFormat`).',
  references: [
    'AsyncAPI 3.0.0 "Message Object": payload (https://www.asyncapi.com/docs/reference/specification/v3.0.0#messageObject)',
    'AsyncAPI 3.0.0 "Multi Format Schema Object"',
  ],
  examples: {
    bad: 'asyncapi: 3.0.0\ninfo: { title: T, version: 1.0.0 }\nchannels:\n  orders:\n    address: orders\n    messages:\n      placed: { name: OrderPlaced }\n',
    good: 'asyncapi: 3.0.0\ninfo: { title: T, version: 1.0.0 }\nchannels:\n  orders:\n    address: orders\n    messages:\n      placed: { name: OrderPlaced, payload: { type: object, properties: { orderId: { type: string } } } }\n',
  },
  create: ({ report }) => ({
    Message(node, ctx) {
      const message = ctx.event!.message!;
      if (node.payload === undefined || node.payload === null)
        return report(ctx, { messageId: 'missing', message: `message ${messageName(message)} declares no payload schema` });
      const wrapper = node.payload;
      // A 3.0 Multi Format Schema Object names a format but may forget the schema itself.
      if (typeof wrapper?.schemaFormat === 'string' && (wrapper.schema === undefined || wrapper.schema === null)) {
        report(ctx, {
          at: message.payloadAt,
          messageId: 'format-without-schema',
          message: `message ${messageName(message)} names payload format ${wrapper.schemaFormat} but no schema`,
        });
      }
    },
  }),
});
