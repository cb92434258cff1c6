import { child } from '../events.js';
import { defineLintRule } from '../rule.js';

export default defineLintRule({
  id: 'asyncapi-server-no-trailing-slash',
  category: 'naming',
  severity: 'warn',
  presets: ['strict'],
  formats: ['async'],
  description: 'A server’s URL (2.x) or host (3.0) does not end with a slash.',
  rationale:
    'Clients join the server address and the channel address: a trailing slash doubles the separator (`ws://host//orders`), which some brokers and gateways treat as another path.',
  fix: 'Remove the trailing slash; in 3.0 put any path in `pathname`.',
  references: [
    'AsyncAPI 3.0.0 "Server Object": host (https://www.asyncapi.com/docs/reference/specification/v3.0.0#serverObject)',
    'Spectral asyncapi-server-no-trailing-slash, asyncapi-3-server-no-trailing-slash',
  ],
  examples: {
    bad: 'asyncapi: 2.6.0\ninfo: { title: T, version: 1.0.0 }\nservers:\n  prod: { url: "wss://ws.example.com/", protocol: wss }\n',
    good: 'asyncapi: 2.6.0\ninfo: { title: T, version: 1.0.0 }\nservers:\n  prod: { url: "wss://ws.example.com", protocol: wss }\n',
  },
  create: ({ report }) => ({
    Server(node, ctx) {
      const field = ctx.doc.version.startsWith('2.') ? 'url' : 'host';
      if (typeof node[field] === 'string' && node[field].endsWith('/'))
        report(ctx, {
          at: child(ctx.at, field),
          message: `server ${ctx.name} has a trailing slash in its ${field} ${node[field]}`,
          data: { field, value: node[field] },
        });
    },
  }),
});
