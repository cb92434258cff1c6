import { operationName } from '../helpers.js';
import { defineLintRule } from '../rule.js';

export default defineLintRule({
  id: 'operation-success-response',
  category: 'status',
  severity: 'error',
  presets: ['recommended', 'strict'],
  description: 'Every operation declares a success (2xx or 3xx) response, unless it is deprecated and answers 410 Gone.',
  rationale:
    'An operation without a success response tells clients nothing about what they get when it works: generated clients return `unknown`, and every consumer reverse-engineers the body.',
  fix: 'Declare the 2xx response with its schema (200, 201, 202 or 204).',
  references: ['OpenAPI 3.1 §4.8.16 "Responses Object"'],
  examples: {
    bad: 'openapi: 3.1.0\ninfo: { title: T, version: 1.0.0 }\npaths:\n  /a:\n    get:\n      responses: { "404": { description: Not found } }\n',
    good: 'openapi: 3.1.0\ninfo: { title: T, version: 1.0.0 }\npaths:\n  /a:\n    get:\n      responses: { "200": { description: OK }, "404": { description: Not found } }\n',
  },
  create: ({ report }) => ({
    Operation(_node, ctx) {
      const codes = [...ctx.operation!.responses.keys()];
      // A retired operation that answers only 410 Gone says exactly what it should.
      if (ctx.operation!.node.deprecated === true && codes.includes('410')) return;
      if (!codes.some((code) => /^[23]/.test(code))) report(ctx, { message: `${operationName(ctx.operation!)} declares no success response` });
    },
  }),
});
