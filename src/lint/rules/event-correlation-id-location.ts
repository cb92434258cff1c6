import { parsePointer } from '../../core/pointer.js';
import { child, messageName, messageSchema, schemaProperties } from '../events.js';
import { defineLintRule } from '../rule.js';

const EXPRESSION = /^\$message\.(header|payload)#((?:\/(?:[^/~]|~[01])*)*)$/;

export default defineLintRule({
  id: 'event-correlation-id-location',
  category: 'events',
  severity: 'error',
  presets: ['recommended', 'strict'],
  formats: ['async'],
  description: 'A correlationId location is a `$message.header#/…` or `$message.payload#/…` expression naming a field the message declares.',
  rationale:
    'Tools and middleware read the correlation id from this location at run time. A location naming a field the message does not have yields nothing: replies are never matched and traces break, with no error anywhere.',
  fix: 'Point `location` at a declared header or payload field (e.g. `$message.header#/correlationId`), or declare the field.',
  references: [
    'AsyncAPI 3.0.0 "Correlation ID Object" (https://www.asyncapi.com/docs/reference/specification/v3.0.0#correlationIdObject)',
    'AsyncAPI 3.0.0 "Runtime Expression"',
    'RFC 6901 "JavaScript Object Notation (JSON) Pointer"',
  ],
  examples: {
    bad: 'asyncapi: 3.0.0\ninfo: { title: T, version: 1.0.0 }\nchannels:\n  quotes:\n    address: quotes\n    messages:\n      request:\n        name: QuoteRequested\n        correlationId: { location: "$message.header#/requestId" }\n        headers: { type: object, properties: { correlationId: { type: string } } }\n        payload: { type: object }\n',
    good: 'asyncapi: 3.0.0\ninfo: { title: T, version: 1.0.0 }\nchannels:\n  quotes:\n    address: quotes\n    messages:\n      request:\n        name: QuoteRequested\n        correlationId: { location: "$message.header#/correlationId" }\n        headers: { type: object, properties: { correlationId: { type: string } } }\n        payload: { type: object }\n',
  },
  create: ({ report }) => ({
    CorrelationId(node, ctx) {
      const message = ctx.event!.message!;
      const at = child(ctx.at, 'location');
      const location = node.location;
      const match = typeof location === 'string' ? EXPRESSION.exec(location) : null;
      if (!match)
        return report(ctx, {
          at: typeof location === 'string' ? at : ctx.at,
          messageId: 'not-expression',
          message: `correlationId of message ${messageName(message)} has location ${JSON.stringify(location)}, not a $message.header#/… or $message.payload#/… expression`,
        });
      const part = match[1] === 'header' ? 'headers' : 'payload';
      if (message[part] === undefined)
        return report(ctx, {
          at,
          messageId: 'part-missing',
          message: `correlationId of message ${messageName(message)} points into its ${part}, which it does not declare`,
        });
      let schema = messageSchema(ctx.doc, message, part);
      for (const segment of parsePointer(match[2])) {
        // Past a schema that cannot be read (Avro, remote, open map), the field may exist: unseen is not missing.
        if (!schema || (!schema.node.properties && !schema.node.allOf && !schema.node.oneOf && !schema.node.anyOf)) return;
        const next = schemaProperties(ctx.doc, schema).get(segment);
        if (!next)
          return report(ctx, {
            at,
            messageId: 'field-missing',
            message: `correlationId of message ${messageName(message)} points at ${match[1]} field ${JSON.stringify(segment)}, which the message's ${part} do${part === 'headers' ? '' : 'es'} not declare`,
          });
        schema = next;
      }
    },
  }),
});
