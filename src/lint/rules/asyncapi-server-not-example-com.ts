import { child } from '../events.js';
import { defineLintRule } from '../rule.js';

export default defineLintRule({
  id: 'asyncapi-server-not-example-com',
  category: 'docs',
  severity: 'warn',
  presets: [],
  formats: ['async'],
  description: 'A server’s URL (2.x) or host (3.0) does not point at example.com (selected by `extends: spectral:asyncapi` in `all` mode).',
  rationale:
    'A placeholder host in a published contract sends generated clients nowhere. Examples and templates use example.com on purpose, so this rule is in no archway preset (and off in Spectral’s recommended mode too).',
  fix: 'Write the real broker host, or a server variable for it.',
  references: ['RFC 2606 §3 "Reserved Example Second Level Domain Names"', 'Spectral asyncapi-server-not-example-com, asyncapi-3-server-not-example-com'],
  examples: {
    bad: 'asyncapi: 3.0.0\ninfo: { title: T, version: 1.0.0 }\nservers:\n  prod: { host: "kafka.example.com:9092", protocol: kafka }\n',
    good: 'asyncapi: 3.0.0\ninfo: { title: T, version: 1.0.0 }\nservers:\n  prod: { host: "kafka.orders.acme.io:9092", protocol: kafka }\n',
  },
  create: ({ report }) => ({
    Server(node, ctx) {
      const field = ctx.doc.version.startsWith('2.') ? 'url' : 'host';
      if (typeof node[field] === 'string' && /example\.com/.test(node[field]))
        report(ctx, { at: child(ctx.at, field), message: `server ${ctx.name} points at example.com: ${node[field]}`, data: { field, value: node[field] } });
    },
  }),
});
