import { headerNames, isObject, operationName, resolveAt } from '../helpers.js';
import { bodySchemasAt } from '../shapes.js';
import { defineLintRule } from '../rule.js';

/** Headers that tell the client when to come back, as Retry-After does (RateLimit drafts, GitHub, Discord, DigitalOcean). */
const WHEN = new Set(['retry-after', 'ratelimit-reset', 'x-ratelimit-reset', 'x-ratelimit-reset-after', 'ratelimit']);
const BODY_FIELD = /^retry_?after$/i;

export default defineLintRule({
  id: 'rate-limit-retry-after',
  category: 'status',
  severity: 'warn',
  presets: ['recommended', 'strict'],
  description:
    'A 429 Too Many Requests response says when to retry: Retry-After, a RateLimit-Reset or X-RateLimit-Reset(-After) header, or a `retry_after` body field.',
  rationale: 'Without Retry-After every client invents its own wait, usually none: a throttled API gets hammered harder exactly when it is overloaded.',
  fix: 'Declare the `Retry-After` header on 429 (and 503) responses.',
  references: ['RFC 6585 §4 "429 Too Many Requests"', 'RFC 9110 §10.2.3 "Retry-After"'],
  examples: {
    bad: 'openapi: 3.1.0\ninfo: { title: T, version: 1.0.0 }\npaths:\n  /a:\n    get:\n      responses: { "200": { description: OK }, "429": { description: Slow down } }\n',
    good: 'openapi: 3.1.0\ninfo: { title: T, version: 1.0.0 }\npaths:\n  /a:\n    get:\n      responses: { "200": { description: OK }, "429": { description: Slow down, headers: { Retry-After: { schema: { type: integer } } } } }\n',
  },
  create: ({ report }) => ({
    Operation(_node, ctx) {
      for (const code of ['429']) {
        const response = ctx.operation!.responses.get(code);
        if (!response || headerNames(response.node).some((h) => WHEN.has(h))) continue;
        // A documented `retry_after` in the body (Discord) says the same as the header.
        const body = bodySchemasAt(response).map(({ schema, at }) => resolveAt(ctx.doc, schema, at).node);
        if (body.some((s) => isObject(s?.properties) && Object.keys(s.properties).some((k) => BODY_FIELD.test(k)))) continue;
        report(ctx, { at: response.at, message: `${operationName(ctx.operation!)} answers ${code} without a Retry-After header` });
      }
    },
  }),
});
