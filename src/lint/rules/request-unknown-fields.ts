import { defineLintRule } from '../rule.js';

export default defineLintRule({
  id: 'request-unknown-fields',
  category: 'security',
  severity: 'info',
  presets: ['strict'],
  description: 'Request objects reject unknown fields (`additionalProperties: false`).',
  rationale: 'Accepting any field enables mass assignment (`"role": "admin"` slipped into a profile update) and hides client typos that silently do nothing.',
  fix: 'Set `additionalProperties: false` (or `unevaluatedProperties: false` with composition) on request object schemas.',
  references: ['OWASP API Security Top 10 2023, API3 "Broken Object Property Level Authorization"'],
  examples: {
    bad: 'openapi: 3.1.0\ninfo: { title: T, version: 1.0.0 }\npaths:\n  /a:\n    post:\n      requestBody: { content: { application/json: { schema: { type: object, properties: { name: { type: string, maxLength: 9 } } } } } }\n      responses: { "201": { description: OK } }\n',
    good: 'openapi: 3.1.0\ninfo: { title: T, version: 1.0.0 }\npaths:\n  /a:\n    post:\n      requestBody: { content: { application/json: { schema: { type: object, additionalProperties: false, properties: { name: { type: string, maxLength: 9 } } } } } }\n      responses: { "201": { description: OK } }\n',
  },
  create: ({ report }) => ({
    Schema(node, ctx) {
      if (ctx.direction !== 'request' || node.type !== 'object' || !node.properties || node.allOf || node.oneOf || node.anyOf) return;
      if (node.additionalProperties === false || node.unevaluatedProperties === false) return;
      report(ctx, { message: `request object${ctx.name ? ` "${ctx.name}"` : ''} accepts unknown fields` });
    },
  }),
});
