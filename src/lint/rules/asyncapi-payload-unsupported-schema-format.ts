import { isObject } from '../helpers.js';
import { child } from '../events.js';
import { written } from '../async-peers.js';
import { defineLintRule } from '../rule.js';

export default defineLintRule({
  id: 'asyncapi-payload-unsupported-schema-format',
  category: 'schema',
  severity: 'info',
  presets: [],
  formats: ['async'],
  description:
    'A message sets a `schemaFormat` (2.x on the message, 3.0 on the payload), so its payload is not validated as JSON Schema (selected by `extends: spectral:asyncapi`).',
  rationale:
    'Spectral validates payloads only in the default format and says so. archway reads JSON Schema in any of its media types and skips Avro or Protobuf payloads silently, so this notice is in no archway preset.',
  fix: 'Nothing to fix: validate Avro or Protobuf schemas with their own tools, or drop `schemaFormat` when the payload is the default AsyncAPI schema.',
  references: [
    'AsyncAPI 3.0.0 "Multi Format Schema Object" (https://www.asyncapi.com/docs/reference/specification/v3.0.0#multiFormatSchemaObject)',
    'Spectral asyncapi-payload-unsupported-schemaFormat, asyncapi-3-payload-unsupported-schemaFormat',
  ],
  examples: {
    bad: 'asyncapi: 3.0.0\ninfo: { title: T, version: 1.0.0 }\ncomponents:\n  messages:\n    placed:\n      payload:\n        schemaFormat: application/vnd.apache.avro;version=1.9.0\n        schema: { type: record, name: Placed, fields: [] }\n',
    good: 'asyncapi: 3.0.0\ninfo: { title: T, version: 1.0.0 }\ncomponents:\n  messages:\n    placed:\n      payload: { type: object }\n',
  },
  create: ({ report }) => ({
    Message(_node, ctx) {
      const message = ctx.event!.message!;
      const own = written(message.at);
      if (!isObject(own)) return;
      const at = ctx.doc.version.startsWith('2.') ? child(message.at, 'schemaFormat') : child(message.at, 'payload', 'schemaFormat');
      const format = written(at);
      if (format !== undefined)
        report(ctx, {
          at,
          message: `message ${message.key} payload has schemaFormat ${String(format)}; it is not validated as the default schema`,
          data: { schemaFormat: format },
        });
    },
  }),
});
