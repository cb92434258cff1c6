import type { ContractDocument } from '../../contracts/load.js';
import type { At } from '../../contracts/walk.js';
import { isObject } from '../helpers.js';
import { hookOperations } from '../hook-operations.js';
import { below, resolved } from '../oas-nodes.js';
import { defineLintRule } from '../rule.js';
import { namesFor } from './response-contains-header.js';

export default defineLintRule({
  id: 'response-contains-property',
  category: 'docs',
  severity: 'error',
  presets: [],
  description: 'Object response bodies have the top-level properties the config requires for their status (`names`, by code or range).',
  rationale:
    'Fields every client reads in every answer (an `id`, an error `code`) are a contract only when each response schema declares them; a missing one is a response that breaks shared client code.',
  fix: 'Add the property to the response schema (or to the shared schema it refers to).',
  references: ['Redocly response-contains-property'],
  options: {
    names: {
      kind: 'strings-by-key',
      description: 'Property names required by status code or range (`"200"`, `2XX`, `default`); 204 responses are skipped.',
      default: {},
    },
  },
  examples: {
    options: { names: { '4XX': ['code'] } },
    bad: 'openapi: 3.1.0\ninfo: { title: T, version: 1.0.0 }\npaths:\n  /orders:\n    get:\n      responses:\n        "404": { description: Missing, content: { application/json: { schema: { type: object, properties: { title: { type: string } } } } } }\n',
    good: 'openapi: 3.1.0\ninfo: { title: T, version: 1.0.0 }\npaths:\n  /orders:\n    get:\n      responses:\n        "404": { description: Missing, content: { application/json: { schema: { type: object, properties: { code: { type: string } } } } } }\n',
  },
  create: ({ report, options }) => {
    const check = (doc: ContractDocument, node: Record<string, any>, responseAt: At, status: string) => {
      if (status === '204') return;
      const required = namesFor(options.names as Record<string, readonly string[]>, status);
      if (required.length === 0) return;
      const written = isObject(node.content)
        ? Object.keys(node.content).flatMap((type) =>
            isObject(node.content[type]) ? [{ raw: node.content[type].schema, place: below(responseAt, 'content', type, 'schema') }] : [],
          )
        : [{ raw: node.schema, place: below(responseAt, 'schema') }];
      for (const { raw, place } of written) {
        const { node: schema, at } = resolved(doc, raw, place);
        // Only the body's own top level: what every client reads first.
        if (!isObject(schema) || schema.type !== 'object') continue;
        const missing = required.filter((property) => !isObject(schema.properties) || schema.properties[property] === undefined);
        if (missing.length > 0)
          report(
            { at: responseAt },
            {
              // Where the properties are, or would be written (located at the schema then), as Redocly points.
              at: below(at, 'properties'),
              target: 'key',
              message: `the response body has no top-level ${missing.join(', ')} ${missing.length === 1 ? 'property' : 'properties'}`,
              data: { properties: missing },
            },
          );
      }
    };
    return {
      Response(node, ctx) {
        check(ctx.doc, node, ctx.at, ctx.status!);
      },
      // Callback and webhook responses too, as Redocly judges every operation's.
      Document(node, ctx) {
        for (const hook of hookOperations(ctx.doc, node, ctx.at)) for (const r of hook.responses) check(ctx.doc, r.node, r.at, r.status);
      },
    };
  },
});
