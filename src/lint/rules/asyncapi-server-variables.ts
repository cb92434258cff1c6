import { isObject } from '../helpers.js';
import { addressParameters, child } from '../events.js';
import { rootMap } from '../async-peers.js';
import type { At } from '../../contracts/walk.js';
import { defineLintRule } from '../rule.js';

export default defineLintRule({
  id: 'asyncapi-server-variables',
  category: 'events',
  severity: 'error',
  presets: ['recommended', 'strict'],
  formats: ['async'],
  description:
    'Every `{variable}` in a server’s URL (2.x) or host and pathname (3.0) is defined under `variables`, every defined variable is used, and a variable’s default is one of its enum values.',
  rationale:
    'Clients build the broker address from the variables: an undefined one leaves a literal `{port}` in the connection string, an unused one documents a knob that does nothing, and a default outside the enum is a value the server says it does not accept.',
  fix: 'Define each variable of the address under the server’s `variables` (with an enum or default), remove the unused ones, and make each default one of its enum values.',
  references: [
    'AsyncAPI 3.0.0 "Server Object": host, pathname, variables, and "Server Variable Object" (https://www.asyncapi.com/docs/reference/specification/v3.0.0#serverVariableObject)',
    'Spectral asyncapi-server-variables',
  ],
  examples: {
    bad: 'asyncapi: 2.6.0\ninfo: { title: T, version: 1.0.0 }\nservers:\n  prod:\n    url: "{region}.kafka.example.com:{port}"\n    protocol: kafka\n    variables:\n      region: { enum: [eu, us], default: ap }\n',
    good: 'asyncapi: 2.6.0\ninfo: { title: T, version: 1.0.0 }\nservers:\n  prod:\n    url: "{region}.kafka.example.com:{port}"\n    protocol: kafka\n    variables:\n      region: { enum: [eu, us], default: eu }\n      port: { default: "9092" }\n',
  },
  create: ({ report }) => {
    const check = (node: Record<string, any>, at: At, name: string, ctx: { at: At }) => {
      const address = [node.url, node.host, node.pathname].filter((v): v is string => typeof v === 'string').join('');
      const used = [...new Set(addressParameters(address))];
      const variables = isObject(node.variables) ? node.variables : {};
      const missing = used.filter((v) => !(v in variables));
      if (missing.length > 0)
        report(ctx, {
          at: node.variables === undefined ? at : child(at, 'variables'),
          target: 'key',
          messageId: 'missing',
          message: `server ${name} uses ${missing.map((m) => `{${m}}`).join(', ')} but does not define ${missing.length > 1 ? 'them' : 'it'} under variables`,
          data: { missing },
        });
      for (const [variableName, variable] of Object.entries(variables)) {
        if (!used.includes(variableName))
          report(ctx, {
            at: child(at, 'variables', variableName),
            target: 'key',
            messageId: 'unused',
            message: `server ${name} defines variable ${variableName}, which its address does not use`,
            data: { variable: variableName },
          });
        else if (isObject(variable) && Array.isArray(variable.enum) && variable.default !== undefined && !variable.enum.includes(variable.default))
          report(ctx, {
            at: child(at, 'variables', variableName, 'default'),
            messageId: 'default',
            message: `server ${name} variable ${variableName} defaults to ${JSON.stringify(variable.default)}, which is not in its enum`,
            data: { variable: variableName, default: variable.default },
          });
      }
    };
    return {
      Server(node, ctx) {
        // A reusable server is judged once, under components (where Spectral judges it too).
        if (ctx.at.file !== ctx.doc.rootFile || !/^\/components\/servers\//.test(ctx.at.pointer)) check(node, ctx.at, ctx.name!, ctx);
      },
      Document(_node, ctx) {
        for (const server of rootMap(ctx.doc, 'components', 'servers')) check(server.node, server.at, server.name, ctx);
      },
    };
  },
});
