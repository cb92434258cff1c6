import { operationName } from '../helpers.js';
import { defineLintRule } from '../rule.js';

export default defineLintRule({
  id: 'parameter-description',
  category: 'docs',
  severity: 'info',
  presets: ['strict'],
  description: 'Every parameter has a description.',
  rationale: 'A parameter’s name rarely says its units, format, default behaviour or interaction with others; the description is where clients learn them.',
  fix: 'Describe the parameter: meaning, units, allowed values, what happens when it is absent.',
  references: ['OpenAPI 3.1 §4.8.12 "Parameter Object"'],
  examples: {
    bad: 'openapi: 3.1.0\ninfo: { title: T, version: 1.0.0 }\npaths:\n  /a:\n    get:\n      parameters: [{ name: since, in: query, schema: { type: string } }]\n      responses: { "200": { description: OK } }\n',
    good: 'openapi: 3.1.0\ninfo: { title: T, version: 1.0.0 }\npaths:\n  /a:\n    get:\n      parameters: [{ name: since, in: query, description: Only items changed after this instant (RFC 3339)., schema: { type: string } }]\n      responses: { "200": { description: OK } }\n',
  },
  create: ({ report }) => ({
    Parameter(node, ctx) {
      if (!String(node.description ?? '').trim()) report(ctx, { message: `parameter "${node.name}" of ${operationName(ctx.operation!)} has no description` });
    },
  }),
});
