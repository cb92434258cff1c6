import { operationName } from '../helpers.js';
import { defineLintRule } from '../rule.js';

export default defineLintRule({
  id: 'operation-4xx-response',
  category: 'status',
  severity: 'warn',
  presets: [],
  description: 'Every operation declares at least one 4xx response.',
  rationale:
    'Every operation can be called wrongly; without a 4xx response clients do not know the shape of the error they will get. archway’s `operation-error-responses` also accepts 5xx or `default`; this is the peers’ stricter reading.',
  fix: 'Declare the client errors the operation answers (400, 404, 422…), or a `4XX` range.',
  references: ['RFC 9110 §15.5 "Client Error 4xx"', 'Redocly operation-4xx-response'],
  examples: {
    bad: 'openapi: 3.1.0\ninfo: { title: T, version: 1.0.0 }\npaths:\n  /a: { get: { responses: { "200": { description: OK }, default: { description: Error } } } }\n',
    good: 'openapi: 3.1.0\ninfo: { title: T, version: 1.0.0 }\npaths:\n  /a: { get: { responses: { "200": { description: OK }, "404": { description: Not found } } } }\n',
  },
  create: ({ report }) => ({
    Operation(node, ctx) {
      const op = ctx.operation!;
      if ([...op.responses.keys()].some((code) => /^4/.test(code))) return;
      report(ctx, {
        at: { file: ctx.at.file, pointer: `${ctx.at.pointer}/responses` },
        target: 'key',
        message: `${operationName(op)} declares no 4xx response`,
      });
    },
  }),
});
