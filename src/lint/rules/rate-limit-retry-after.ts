import { headerNames, operationName } from '../helpers.js';
import { defineLintRule } from '../rule.js';

export default defineLintRule({
  id: 'rate-limit-retry-after',
  category: 'status',
  severity: 'warn',
  presets: ['recommended', 'strict'],
  description: 'A 429 Too Many Requests (or 503) response declares Retry-After.',
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
        if (response && !headerNames(response.node).includes('retry-after')) report(ctx, { at: response.at, message: `${operationName(ctx.operation!)} answers ${code} without a Retry-After header` });
      }
    },
  }),
});
