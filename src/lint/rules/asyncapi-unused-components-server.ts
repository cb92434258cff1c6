import { unusedComponents } from '../async-unused.js';
import { defineLintRule } from '../rule.js';

export default defineLintRule({
  id: 'asyncapi-unused-components-server',
  category: 'events',
  severity: 'warn',
  presets: ['strict'],
  formats: ['async'],
  description: 'Every server under `components.servers` is referenced somewhere.',
  rationale:
    'A reusable server nobody refers to is a broker address that looks in use: readers and tooling may connect to it, and nobody notices when it goes stale.',
  fix: 'Delete the server, or refer to it from `servers` or a channel’s `servers`.',
  references: [
    'AsyncAPI 3.0.0 "Components Object": servers (https://www.asyncapi.com/docs/reference/specification/v3.0.0#componentsObject)',
    'Spectral asyncapi-unused-components-server',
  ],
  examples: {
    bad: 'asyncapi: 3.0.0\ninfo: { title: T, version: 1.0.0 }\ncomponents:\n  servers:\n    prod: { host: "kafka.example.com:9093", protocol: kafka-secure }\n',
    good: 'asyncapi: 3.0.0\ninfo: { title: T, version: 1.0.0 }\nservers:\n  prod: { $ref: "#/components/servers/prod" }\ncomponents:\n  servers:\n    prod: { host: "kafka.example.com:9093", protocol: kafka-secure }\n',
  },
  create: ({ report }) => ({
    DocumentExit(_node, ctx) {
      for (const { name, at } of unusedComponents(ctx.doc, 'servers'))
        report(ctx, { at, target: 'key', message: `components.servers.${name} is not referenced anywhere`, data: { component: name } });
    },
  }),
});
