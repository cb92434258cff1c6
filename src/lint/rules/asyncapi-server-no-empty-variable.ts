import { child } from '../events.js';
import { defineLintRule } from '../rule.js';

export default defineLintRule({
  id: 'asyncapi-server-no-empty-variable',
  category: 'events',
  severity: 'warn',
  presets: ['recommended', 'strict'],
  formats: ['async'],
  description: 'A server’s URL (2.x) or host and pathname (3.0) has no empty variable `{}`.',
  rationale: 'An empty `{}` names no variable: nothing can define or substitute it, and clients connect to an address with literal braces in it.',
  fix: 'Name the variable (`{port}`) and define it under the server’s `variables`, or remove the braces.',
  references: [
    'AsyncAPI 3.0.0 "Server Object": host, pathname (https://www.asyncapi.com/docs/reference/specification/v3.0.0#serverObject)',
    'Spectral asyncapi-server-no-empty-variable, asyncapi-3-server-no-empty-variable',
  ],
  examples: {
    bad: 'asyncapi: 3.0.0\ninfo: { title: T, version: 1.0.0 }\nservers:\n  prod: { host: "kafka.example.com:{}", protocol: kafka }\n',
    good: 'asyncapi: 3.0.0\ninfo: { title: T, version: 1.0.0 }\nservers:\n  prod: { host: "kafka.example.com:{port}", protocol: kafka, variables: { port: { default: "9092" } } }\n',
  },
  create: ({ report }) => ({
    Server(node, ctx) {
      for (const field of ['url', 'host', 'pathname'])
        if (typeof node[field] === 'string' && node[field].includes('{}'))
          report(ctx, {
            at: child(ctx.at, field),
            message: `server ${ctx.name} has an empty variable {} in its ${field} ${node[field]}`,
            data: { field, value: node[field] },
          });
    },
  }),
});
