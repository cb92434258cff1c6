import { isObject } from '../helpers.js';
import { serverLists, below } from '../oas-nodes.js';
import { defineLintRule } from '../rule.js';

export default defineLintRule({
  id: 'server-variables-defined',
  category: 'docs',
  severity: 'error',
  presets: ['recommended', 'strict'],
  description:
    'Every `{variable}` of a server URL is declared in its `variables`, every declared variable is used, and an `enum` is non-empty and holds the `default`.',
  rationale:
    'An undeclared variable leaves the URL unusable (`https://{region}.api.com`): no tool can fill it in. An unused one, or a default outside its enum, is a mistake the reader cannot resolve.',
  fix: 'Declare each URL variable with a `default` (and an `enum` that holds it); remove variables the URL does not use.',
  references: [
    'OpenAPI 3.1 §4.8.6 "Server Variable Object"',
    'spectral:oas oas3-server-variables',
    'Redocly no-undefined-server-variable, no-server-variables-empty-enum',
  ],
  examples: {
    bad: 'openapi: 3.1.0\ninfo: { title: T, version: 1.0.0 }\nservers: [{ url: "https://{region}.api.shop.io" }]\npaths: {}\n',
    good: 'openapi: 3.1.0\ninfo: { title: T, version: 1.0.0 }\nservers:\n  - url: "https://{region}.api.shop.io"\n    variables: { region: { default: eu, enum: [eu, us] } }\npaths: {}\n',
  },
  create: ({ report }) => ({
    Document(node, ctx) {
      if (ctx.doc.version === '2.0') return;
      for (const { list, at } of serverLists(ctx.doc, node, ctx.at))
        list.forEach((server: any, i) => {
          if (!isObject(server) || typeof server.url !== 'string') return;
          const serverAt = below(at, i);
          const used = [...server.url.matchAll(/\{([^}]+)\}/g)].map((m) => m[1]);
          const variables = isObject(server.variables) ? server.variables : {};
          const undeclared = [...new Set(used)].filter((name) => !isObject(variables[name]));
          if (undeclared.length > 0)
            report(ctx, {
              at: below(serverAt, 'url'),
              message: `server URL ${undeclared.length === 1 ? 'variable' : 'variables'} ${undeclared.map((n) => `{${n}}`).join(', ')} ${undeclared.length === 1 ? 'is' : 'are'} not declared in variables`,
              messageId: 'undeclared',
              data: { variables: undeclared },
            });
          for (const [name, variable] of Object.entries(variables)) {
            const variableAt = below(serverAt, 'variables', name);
            if (!used.includes(name))
              report(ctx, {
                at: variableAt,
                target: 'key',
                message: `server variable ${name} is not used in the URL`,
                messageId: 'unused',
                data: { variable: name },
              });
            if (!isObject(variable) || !Array.isArray(variable.enum)) continue;
            if (variable.enum.length === 0)
              report(ctx, {
                at: below(variableAt, 'enum'),
                message: `server variable ${name} has an empty enum`,
                messageId: 'empty-enum',
                data: { variable: name },
              });
            else if (variable.default !== undefined && !variable.enum.includes(variable.default))
              report(ctx, {
                at: below(variableAt, 'default'),
                message: `the default ${JSON.stringify(variable.default)} of server variable ${name} is not in its enum`,
                messageId: 'default-not-in-enum',
                data: { variable: name },
              });
          }
        });
    },
  }),
});
