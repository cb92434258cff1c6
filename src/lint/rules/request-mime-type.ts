import type { At } from '../../contracts/walk.js';
import { isObject } from '../helpers.js';
import { hookOperations } from '../hook-operations.js';
import { below } from '../oas-nodes.js';
import type { LintRuleContext } from '../rule.js';
import { defineLintRule } from '../rule.js';

/**
 * The media types a request (or, for `response-mime-type`, a response) is written in, against the
 * allow-list: OpenAPI 3 `content` keys, Swagger 2.0 `consumes`/`produces` entries.
 */
export function judgeMediaTypes(
  { report, options }: LintRuleContext,
  ctx: { at: At },
  node: Record<string, any>,
  field: 'content' | 'consumes' | 'produces',
  side: 'request' | 'response',
): void {
  const allowed = options.allowedValues as readonly string[];
  const types = field === 'content' ? (isObject(node.content) ? Object.keys(node.content) : []) : Array.isArray(node[field]) ? node[field] : [];
  types.forEach((type: unknown, i: number) => {
    if (typeof type !== 'string' || allowed.includes(type)) return;
    report(ctx, {
      at: below(ctx.at, field, field === 'content' ? type : i),
      target: field === 'content' ? 'key' : 'value',
      message: `${side} media type ${type} is not one of the allowed ${allowed.join(', ')}`,
      data: { mediaType: type },
    });
  });
}

export default defineLintRule({
  id: 'request-mime-type',
  category: 'naming',
  severity: 'error',
  presets: [],
  description: 'Request bodies use only the media types the config allows (`allowedValues`).',
  rationale:
    'A platform that parses, validates and logs request bodies supports a few media types; an operation that accepts another one bypasses them, and clients meet a format nothing else in the API uses.',
  fix: 'Accept one of the allowed media types, or add the type to `allowedValues` once the platform supports it.',
  references: ['Redocly request-mime-type'],
  options: {
    allowedValues: { kind: 'strings', description: 'The request media types allowed.', default: ['application/json'] },
  },
  examples: {
    bad: 'openapi: 3.1.0\ninfo: { title: T, version: 1.0.0 }\npaths:\n  /orders:\n    post:\n      requestBody: { content: { application/xml: { schema: { type: object } } } }\n      responses: { "201": { description: Created } }\n',
    good: 'openapi: 3.1.0\ninfo: { title: T, version: 1.0.0 }\npaths:\n  /orders:\n    post:\n      requestBody: { content: { application/json: { schema: { type: object } } } }\n      responses: { "201": { description: Created } }\n',
  },
  create: (context) => ({
    RequestBody(node, ctx) {
      judgeMediaTypes(context, ctx, node, 'content', 'request');
    },
    // Swagger 2.0: the document's and each operation's `consumes`. OpenAPI 3: what the API reads
    // back from the callbacks and webhooks it calls, their responses (as Redocly judges them).
    Document(node, ctx) {
      if (ctx.doc.version.startsWith('2')) judgeMediaTypes(context, ctx, node, 'consumes', 'request');
      else
        for (const hook of hookOperations(ctx.doc, node, ctx.at))
          for (const r of hook.responses) judgeMediaTypes(context, { at: r.at }, r.node, 'content', 'request');
    },
    Operation(node, ctx) {
      if (ctx.doc.version.startsWith('2')) judgeMediaTypes(context, ctx, node, 'consumes', 'request');
    },
  }),
});
