import { pathToFileURL } from 'node:url';
import AjvImport, { type ErrorObject, type ValidateFunction } from 'ajv';
import type { ContractDocument } from '../../contracts/load.js';
import type { At } from '../../contracts/walk.js';
import { isObject, type Located } from '../helpers.js';
import { child, follow, messageFieldAt, messageName, messageSchema, placeKey } from '../events.js';
import { defineLintRule } from '../rule.js';
import { pointerToFragment } from '../../core/pointer.js';

// ajv is CommonJS; under NodeNext its default export arrives as the module object.
const Ajv = ((AjvImport as unknown as { default?: typeof AjvImport }).default ?? AjvImport) as unknown as typeof AjvImport.default;

const uri = (path: string) => (/^https?:\/\//i.test(path) ? path : pathToFileURL(path).href);

/** Loads every local file a schema reaches, so that ajv, which resolves refs itself, finds them all. */
function reachFiles(doc: ContractDocument, start: Located): void {
  const seen = new Set<unknown>();
  const stack: Located[] = [start];
  const visit = (value: unknown, at: At) => {
    if (Array.isArray(value)) value.forEach((v, i) => visit(v, child(at, i)));
    else if (isObject(value)) {
      const found = follow(doc, value, at);
      if (found && !seen.has(found.node)) stack.push(found);
    }
  };
  while (stack.length > 0) {
    const { node, at } = stack.pop()!;
    seen.add(node);
    for (const [key, value] of Object.entries(node)) visit(value, child(at, key));
  }
}

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
    let ajv: InstanceType<typeof Ajv> | undefined;
    const added = new Set<string>();
    const compiled = new Map<string, ValidateFunction | undefined>();
    const validator = (doc: ContractDocument, schema: Located) => {
      const key = placeKey(schema.at);
      if (compiled.has(key)) return compiled.get(key);
      ajv ??= new Ajv({ strict: false, validateSchema: false, validateFormats: false, allowUnionTypes: true, multipleOfPrecision: 9 });
      reachFiles(doc, schema);
      for (const [path, file] of doc.files) {
        if (!file || added.has(path)) continue;
        added.add(path);
        try {
          ajv.addSchema(file.root as object, uri(path));
        } catch {
          // Two subschemas with one `$id`: refs into this file stay unresolved and its schemas uncompiled.
        }
      }
      let validate: ValidateFunction | undefined;
      try {
        validate = ajv.compile({ $ref: `${uri(schema.at.file.path)}#${pointerToFragment(schema.at.pointer)}` });
      } catch {
        // A schema ajv cannot compile (a remote ref, an invalid pattern) is not this rule's finding.
      }
      compiled.set(key, validate);
      return validate;
    };
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
            const validate = validator(ctx.doc, schema);
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
