import { payloadSchemaValidator, schemaProblems } from '../async-schemas.js';
import { messageName, messageSchema } from '../events.js';
import { defineLintRule } from '../rule.js';

export default defineLintRule({
  id: 'asyncapi-payload',
  category: 'schema',
  severity: 'error',
  presets: ['recommended', 'strict'],
  formats: ['async'],
  description: 'A message’s payload (in the default schema format) is a valid AsyncAPI Schema Object.',
  rationale:
    'An invalid payload schema (`type: obj`, `required: true`) validates nothing: ajv and generators reject it or, worse, ignore the broken keyword, so consumers get no types and producers no validation for the one thing the message carries.',
  fix: 'Correct the keyword the message names, as JSON Schema draft-07 (with AsyncAPI’s `discriminator`, `externalDocs` and `deprecated`) defines it.',
  references: [
    'AsyncAPI 3.0.0 "Schema Object" (https://www.asyncapi.com/docs/reference/specification/v3.0.0#schemaObject)',
    'JSON Schema Validation draft-07',
    'Spectral asyncapi-payload',
  ],
  examples: {
    bad: 'asyncapi: 2.6.0\ninfo: { title: T, version: 1.0.0 }\nchannels:\n  orders:\n    subscribe:\n      message:\n        payload: { type: object, required: true }\n',
    good: 'asyncapi: 2.6.0\ninfo: { title: T, version: 1.0.0 }\nchannels:\n  orders:\n    subscribe:\n      message:\n        payload: { type: object, required: [orderId], properties: { orderId: { type: string } } }\n',
  },
  create: ({ report }) => ({
    Message(_node, ctx) {
      const message = ctx.event!.message!;
      const payload = messageSchema(ctx.doc, message, 'payload');
      const validate = payload && payloadSchemaValidator(ctx.doc.version);
      if (!payload || !validate || validate(payload.node)) return;
      for (const problem of schemaProblems(validate.errors ?? [], payload.node))
        report(ctx, {
          at: { file: payload.at.file, pointer: payload.at.pointer + problem.pointer },
          target: problem.key ? 'key' : 'value',
          messageId: problem.keyword,
          message: `the payload of message ${messageName(message)} is not a valid schema: ${problem.pointer || 'the schema'} ${problem.message}`,
          data: { keyword: problem.keyword },
        });
    },
  }),
});
