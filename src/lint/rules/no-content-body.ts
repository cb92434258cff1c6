import { bodySchemas, operationName } from '../helpers.js';
import { defineLintRule } from '../rule.js';

export default defineLintRule({
  id: 'no-content-body',
  category: 'status',
  severity: 'error',
  presets: ['recommended', 'strict'],
  description: 'A 204 No Content response has no body.',
  rationale: 'HTTP forbids a body on 204; clients and proxies drop it or hang reading it. A response with data is a 200.',
  fix: 'Remove the content from the 204, or answer 200 with the body.',
  references: ['RFC 9110 §15.3.5 "204 No Content"'],
  examples: {
    bad: 'openapi: 3.1.0\ninfo: { title: T, version: 1.0.0 }\npaths:\n  /a/{id}:\n    delete:\n      parameters: [{ name: id, in: path, required: true, schema: { type: string } }]\n      responses: { "204": { description: Gone, content: { application/json: { schema: { type: object } } } } }\n',
    good: 'openapi: 3.1.0\ninfo: { title: T, version: 1.0.0 }\npaths:\n  /a/{id}:\n    delete:\n      parameters: [{ name: id, in: path, required: true, schema: { type: string } }]\n      responses: { "204": { description: Gone } }\n',
  },
  create: ({ report }) => ({
    Operation(_node, ctx) {
      const empty = ctx.operation!.responses.get('204');
      if (empty && bodySchemas(empty.node).length > 0)
        report(ctx, { at: empty.at, message: `${operationName(ctx.operation!)} declares a body on 204 No Content` });
    },
  }),
});
