import { messageName } from '../events.js';
import { defineLintRule } from '../rule.js';

export default defineLintRule({
  id: 'event-message-content-type',
  category: 'events',
  severity: 'warn',
  presets: ['recommended', 'strict'],
  formats: ['async'],
  description: 'Every message declares its `contentType`, or the document a `defaultContentType` (reported once, at the document).',
  rationale:
    'The schema says what a message contains, the content type how its bytes are encoded: the same schema can travel as JSON, Avro binary or Protobuf. Without it, consumers pick a deserializer by guesswork and fail on the first message, and generators cannot produce (de)serialization code.',
  fix: 'Set `defaultContentType: application/json` at the document root, or `contentType` on each message whose encoding differs (`application/vnd.apache.avro+binary`, `application/cloudevents+json`…).',
  references: [
    'AsyncAPI 3.0.0 "Default Content Type" and "Message Object": contentType (https://www.asyncapi.com/docs/reference/specification/v3.0.0#defaultContentTypeString)',
    'RFC 6838 "Media Type Specifications and Registration Procedures"',
  ],
  examples: {
    bad: 'asyncapi: 3.0.0\ninfo: { title: T, version: 1.0.0 }\nchannels:\n  orders:\n    address: orders.v1\n    messages:\n      placed: { name: OrderPlaced, payload: { type: object } }\n',
    good: 'asyncapi: 3.0.0\ninfo: { title: T, version: 1.0.0 }\ndefaultContentType: application/json\nchannels:\n  orders:\n    address: orders.v1\n    messages:\n      placed: { name: OrderPlaced, payload: { type: object } }\n',
  },
  create: ({ report }) => {
    const missing: string[] = [];
    return {
      Message(node, ctx) {
        if (typeof node.contentType !== 'string' || node.contentType === '') missing.push(messageName(ctx.event!.message!));
      },
      // One missing `defaultContentType` is one fix, however many messages rely on it.
      DocumentExit(node, ctx) {
        if (missing.length === 0 || (typeof node.defaultContentType === 'string' && node.defaultContentType !== '')) return;
        const names = [...new Set(missing)].sort();
        report(ctx, {
          at: { file: ctx.at.file, pointer: '' },
          message: `${names.length} message${names.length > 1 ? 's declare' : ' declares'} no contentType (${names.slice(0, 3).join(', ')}${names.length > 3 ? ', …' : ''}) and the document no defaultContentType`,
          data: { messages: names.length, examples: names.slice(0, 3) },
        });
      },
    };
  },
});
