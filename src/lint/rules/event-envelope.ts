import { defineLintRule } from '../rule.js';
import { cloudEventsAttribute, documentExtension, messageFields, messageName } from '../events.js';

/** CloudEvents attributes every event needs to be deduplicated, routed, ordered in time and traced to its producer. */
const ATTRIBUTES = ['id', 'type', 'time', 'source'];

export default defineLintRule({
  id: 'event-envelope',
  category: 'events',
  severity: 'warn',
  presets: ['strict'],
  formats: ['async'],
  description:
    'Every message carries an envelope: a unique id, a type, a time and a source (CloudEvents attributes, in headers or payload), or declares one with `x-envelope`.',
  rationale:
    'Consumers deduplicate redelivered events by id, dispatch by type, order and expire by time, and trace a bad event to its producer by source. An event without them cannot be processed idempotently or debugged once it has left its producer.',
  fix: 'Add `id`, `type`, `time` and `source` to the payload or the headers (`ce_id`… on Kafka, `ce-id`… on HTTP), use `application/cloudevents+json`, or declare the envelope the platform adds with `x-envelope` on the message or the document.',
  references: [
    'CloudEvents 1.0.2 "Context Attributes": required id, source, specversion, type; optional time',
    'CloudEvents Kafka Protocol Binding 1.0.2 §3.2 "Binary Content Mode" (ce_ headers)',
    'CloudEvents HTTP Protocol Binding 1.0.2 §3.1 "Binary Content Mode" (ce- headers)',
    'AsyncAPI 3.0.0 "Message Object": headers, payload',
  ],
  examples: {
    bad: 'asyncapi: 3.0.0\ninfo: { title: T, version: 1.0.0 }\nchannels:\n  orders:\n    address: orders\n    messages:\n      placed:\n        name: OrderPlaced\n        payload: { type: object, properties: { orderId: { type: string } } }\n',
    good: 'asyncapi: 3.0.0\ninfo: { title: T, version: 1.0.0 }\nchannels:\n  orders:\n    address: orders\n    messages:\n      placed:\n        name: OrderPlaced\n        headers: { type: object, properties: { ce_id: { type: string }, ce_type: { type: string }, ce_time: { type: string }, ce_source: { type: string } } }\n        payload: { type: object, properties: { orderId: { type: string } } }\n',
  },
  create: ({ report }) => ({
    Message(node, ctx) {
      const message = ctx.event!.message!;
      const contentType = node.contentType ?? (ctx.doc.root as Record<string, any>).defaultContentType;
      if (node['x-envelope'] !== undefined || documentExtension(ctx.doc, 'x-envelope') || (typeof contentType === 'string' && /cloudevents/i.test(contentType)))
        return;
      const { names, readable } = messageFields(ctx.doc, message);
      const present = new Set(names.map(cloudEventsAttribute));
      const missing = ATTRIBUTES.filter((a) => !present.has(a));
      // An Avro or remote payload may hold the attributes: unseen is not missing.
      if (missing.length === 0 || !readable) return;
      report(ctx, { message: `message ${messageName(message)} carries no ${missing.join(', ')} (CloudEvents envelope attributes, in headers or payload)` });
    },
  }),
});
