import { operationName } from '../helpers.js';
import { defineLintRule } from '../rule.js';

export default defineLintRule({
  id: 'path-parameters-defined',
  category: 'schema',
  severity: 'error',
  presets: ['recommended', 'strict'],
  description: 'Every `{name}` in a path has a required path parameter, and every path parameter appears in the path.',
  rationale:
    'A template variable without a parameter cannot be filled by generated clients; a path parameter missing from the template is never sent. Either way the operation cannot be called as documented.',
  fix: 'Declare `{ name, in: path, required: true }` for each template variable, and remove path parameters the template does not use.',
  references: ['OpenAPI 3.1 §4.8.12 "Parameter Object": path parameters'],
  examples: {
    bad: 'openapi: 3.1.0\ninfo: { title: T, version: 1.0.0 }\npaths:\n  /a/{id}:\n    get:\n      responses: { "200": { description: OK } }\n',
    good: 'openapi: 3.1.0\ninfo: { title: T, version: 1.0.0 }\npaths:\n  /a/{id}:\n    get:\n      parameters: [{ name: id, in: path, required: true, schema: { type: string } }]\n      responses: { "200": { description: OK } }\n',
  },
  create: ({ report }) => ({
    Operation(_node, ctx) {
      const op = ctx.operation!;
      const template = [...op.path.matchAll(/\{([^}]+)\}/g)].map((m) => m[1]);
      const declared = op.parameters.filter((p) => p.node.in === 'path');
      for (const name of template) {
        const parameter = declared.find((p) => p.node.name === name);
        if (!parameter) report(ctx, { messageId: 'undeclared', message: `${operationName(op)} has no path parameter for {${name}}` });
        else if (parameter.node.required !== true)
          report(ctx, { at: parameter.at, messageId: 'not-required', message: `path parameter "${name}" of ${operationName(op)} is not required` });
      }
      for (const parameter of declared) {
        if (!template.includes(parameter.node.name))
          report(ctx, { at: parameter.at, messageId: 'unused', message: `path parameter "${parameter.node.name}" of ${operationName(op)} is not in the path` });
      }
    },
  }),
});
