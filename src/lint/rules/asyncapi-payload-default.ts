import { ValueValidator, valueProblems } from '../async-schemas.js';
import { messageName, messageSchema } from '../events.js';
import { defineLintRule } from '../rule.js';

export default defineLintRule({
  id: 'asyncapi-payload-default',
  category: 'schema',
  severity: 'error',
  presets: ['recommended', 'strict'],
  formats: ['async'],
  description: 'A payload schema’s own `default` is valid against it (JSON Schema payloads).',
  rationale:
    'A default the schema rejects is what a consumer substitutes when the field is missing: generated code then builds a message the producer would never send.',
  fix: 'Correct the default, or the schema if the value shows what is really sent.',
  references: [
    'AsyncAPI 3.0.0 "Schema Object" (https://www.asyncapi.com/docs/reference/specification/v3.0.0#schemaObject)',
    'JSON Schema Validation draft-07 §10 "Schema Re-Use With default and examples"',
    'Spectral asyncapi-payload-default',
  ],
  examples: {
    bad: 'asyncapi: 2.6.0\ninfo: { title: T, version: 1.0.0 }\nchannels:\n  orders:\n    subscribe:\n      message:\n        payload: { type: object, required: [total], properties: { total: { type: integer } }, default: { total: "12" } }\n',
    good: 'asyncapi: 2.6.0\ninfo: { title: T, version: 1.0.0 }\nchannels:\n  orders:\n    subscribe:\n      message:\n        payload: { type: object, required: [total], properties: { total: { type: integer } }, default: { total: 12 } }\n',
  },
  create: ({ report }) => {
    let validator: ValueValidator | undefined;
    return {
      Message(_node, ctx) {
        const message = ctx.event!.message!;
        const payload = messageSchema(ctx.doc, message, 'payload');
        if (!payload || payload.node.default === undefined) return;
        validator ??= new ValueValidator(ctx.doc);
        for (const problem of valueProblems(validator, payload, 'default', `the payload of message ${messageName(message)}`)) report(ctx, problem);
      },
    };
  },
});
