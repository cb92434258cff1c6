import AjvImport, { type ErrorObject } from 'ajv';
import { ValueValidator } from '../async-schemas.js';
import { isObject } from '../helpers.js';
import { child, messageFieldAt, messageName, messageSchema } from '../events.js';
import { defineLintRule } from '../rule.js';

// ajv is CommonJS; under NodeNext its default export arrives as the module object.
const Ajv = ((AjvImport as unknown as { default?: typeof AjvImport }).default ?? AjvImport) as unknown as typeof AjvImport.default;

/** The most specific error of a failed validation (ajv gives at least one): the deepest instance path (inside a oneOf, the branch that got furthest). */
function describe(errors: ErrorObject[]): string {
  const error = errors.reduce((best, e) => (e.instancePath.length > best.instancePath.length ? e : best));
  return `${error.instancePath || 'the value'} ${error.message}`;
}

export default defineLintRule({
  id: 'event-message-examples-valid',
  category: 'schema',
  severity: 'warn',
  presets: ['recommended', 'strict'],
  formats: ['async'],
  description: 'A message’s examples validate against its payload and headers schemas (JSON Schema payloads; Avro and other formats are not checked).',
  rationale:
    'Message examples become documentation, mock producers and contract tests. An example its own schema rejects teaches consumers a message the producer will never send — or shows that the schema, not the example, is wrong.',
  fix: 'Correct the example, or the schema if the example shows what is really sent.',
  references: [
    'AsyncAPI 3.0.0 "Message Example Object" (https://www.asyncapi.com/docs/reference/specification/v3.0.0#messageExampleObject)',
    'JSON Schema Validation draft-07',
  ],
  examples: {
    bad: 'asyncapi: 3.0.0\ninfo: { title: T, version: 1.0.0 }\nchannels:\n  orders:\n    address: orders.v1\n    messages:\n      placed:\n        name: OrderPlaced\n        payload: { type: object, required: [orderId], properties: { orderId: { type: string }, total: { type: integer } } }\n        examples:\n          - payload: { total: "12" }\n',
    good: 'asyncapi: 3.0.0\ninfo: { title: T, version: 1.0.0 }\nchannels:\n  orders:\n    address: orders.v1\n    messages:\n      placed:\n        name: OrderPlaced\n        payload: { type: object, required: [orderId], properties: { orderId: { type: string }, total: { type: integer } } }\n        examples:\n          - payload: { orderId: o-1, total: 12 }\n',
  },
  create: ({ report }) => {
    // ajv's own messages, formats not checked: this rule words errors as ajv does.
    let validator: ValueValidator | undefined;
    return {
      Message(node, ctx) {
        const message = ctx.event!.message!;
        if (!Array.isArray(node.examples)) return;
        const examplesAt = messageFieldAt(message, 'examples');
        const schemas = { payload: messageSchema(ctx.doc, message, 'payload'), headers: messageSchema(ctx.doc, message, 'headers') };
        node.examples.forEach((example: unknown, i: number) => {
          if (!isObject(example)) return;
          for (const part of ['headers', 'payload'] as const) {
            const schema = schemas[part];
            if (example[part] === undefined || !schema) continue;
            validator ??= new ValueValidator(
              ctx.doc,
              () => new Ajv({ strict: false, validateSchema: false, validateFormats: false, allowUnionTypes: true, multipleOfPrecision: 9 }),
            );
            const validate = validator.compile(schema);
            if (!validate || validate(example[part])) continue;
            const name = typeof example.name === 'string' ? ` "${example.name}"` : ` ${i}`;
            report(ctx, {
              at: child(examplesAt, i, part),
              message: `example${name} of message ${messageName(message)}: ${part} ${describe(validate.errors!)}`,
            });
          }
        });
      },
    };
  },
});
