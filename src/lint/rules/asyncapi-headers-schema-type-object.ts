import type { At } from '../../contracts/walk.js';
import { rootMap } from '../async-peers.js';
import { child, follow, messageSchema } from '../events.js';
import type { Located } from '../helpers.js';
import { defineLintRule } from '../rule.js';

export default defineLintRule({
  id: 'asyncapi-headers-schema-type-object',
  category: 'schema',
  severity: 'error',
  presets: ['recommended', 'strict'],
  formats: ['async'],
  description: 'A message’s (or message trait’s) `headers` schema says `type: object`.',
  rationale:
    'Headers are a map from names to values on every protocol AsyncAPI binds to. A headers schema of another type, or with no type, cannot describe them: generators skip it and validators accept anything.',
  fix: 'Give the headers schema `type: object` and describe each header under `properties`.',
  references: [
    'AsyncAPI 3.0.0 "Message Object": headers "MUST be of type object" (https://www.asyncapi.com/docs/reference/specification/v3.0.0#messageObject)',
    'Spectral asyncapi-headers-schema-type-object, asyncapi-3-headers-schema-type-object',
  ],
  examples: {
    bad: 'asyncapi: 3.0.0\ninfo: { title: T, version: 1.0.0 }\ncomponents:\n  messages:\n    placed:\n      headers: { type: string }\n',
    good: 'asyncapi: 3.0.0\ninfo: { title: T, version: 1.0.0 }\ncomponents:\n  messages:\n    placed:\n      headers: { type: object, properties: { traceparent: { type: string } } }\n',
  },
  create: ({ report }) => {
    // One wording wherever the headers are reached from (a message, its trait, the trait in
    // components): a shared headers schema is one finding where it is written.
    const check = (schema: Located | undefined, ctx: { at: At }) => {
      if (!schema || schema.node.type === 'object') return;
      const type = schema.node.type === undefined ? 'no type' : `type ${JSON.stringify(schema.node.type)}`;
      report(ctx, { at: schema.at, message: `the headers schema has ${type}; headers must be type object`, data: { type: schema.node.type ?? null } });
    };
    return {
      Message(node, ctx) {
        // A schema of another format (3.0 `{ schemaFormat, schema }`) is not JSON Schema: not judged.
        if (node.headers !== undefined) check(messageSchema(ctx.doc, ctx.event!.message!, 'headers'), ctx);
      },
      Document(_node, ctx) {
        for (const trait of rootMap(ctx.doc, 'components', 'messageTraits'))
          if (trait.node.headers !== undefined) check(follow(ctx.doc, trait.node.headers, child(trait.at, 'headers')), ctx);
      },
    };
  },
});
