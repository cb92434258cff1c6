import { ValueValidator, valueProblems } from '../async-schemas.js';
import { messageName, messageSchema } from '../events.js';
import { defineLintRule } from '../rule.js';

export default defineLintRule({
  id: 'asyncapi-payload-examples',
  category: 'schema',
  severity: 'error',
  presets: ['recommended', 'strict'],
  formats: ['async'],
  description: 'A payload schema’s own `examples` are valid against it (JSON Schema payloads).',
  rationale:
    'Schema examples feed documentation, mocks and contract tests: one the schema rejects teaches consumers a message that will never be sent, or shows the schema is wrong.',
  fix: 'Correct the example, or the schema if the value shows what is really sent.',
  references: [
    'AsyncAPI 3.0.0 "Schema Object" (https://www.asyncapi.com/docs/reference/specification/v3.0.0#schemaObject)',
    'JSON Schema Validation draft-07 §10 "Schema Re-Use With default and examples"',
    'Spectral asyncapi-payload-examples',
  ],
  examples: {
    bad: 'asyncapi: 2.6.0\ninfo: { title: T, version: 1.0.0 }\nchannels:\n  orders:\n    subscribe:\n      message:\n        payload: { type: object, required: [total], properties: { total: { type: integer } }, examples: [{ total: 12 }, { total: "12" }] }\n',
    good: 'asyncapi: 2.6.0\ninfo: { title: T, version: 1.0.0 }\nchannels:\n  orders:\n    subscribe:\n      message:\n        payload: { type: object, required: [total], properties: { total: { type: integer } }, examples: [{ total: 12 }] }\n',
  },
  create: ({ report }) => {
    let validator: ValueValidator | undefined;
    return {
      Message(_node, ctx) {
        const message = ctx.event!.message!;
        const payload = messageSchema(ctx.doc, message, 'payload');
        if (!payload || payload.node.examples === undefined) return;
        validator ??= new ValueValidator(ctx.doc);
        for (const problem of valueProblems(validator, payload, 'examples', `the payload of message ${messageName(message)}`)) report(ctx, problem);
      },
    };
  },
});
