import { isObject } from '../helpers.js';
import { closestAt } from '../async-peers.js';
import { defineLintRule } from '../rule.js';

export default defineLintRule({
  id: 'asyncapi-servers',
  category: 'docs',
  severity: 'warn',
  presets: [],
  formats: ['async'],
  description: 'The document has a non-empty `servers` object (selected by `extends: spectral:asyncapi`).',
  rationale:
    'Without servers a reader cannot tell which broker carries the channels. Contracts shared between environments often leave servers to deployment configuration, so this rule is in no archway preset.',
  fix: 'Add the brokers the application connects to under `servers`.',
  references: ['AsyncAPI 3.0.0 "Servers Object" (https://www.asyncapi.com/docs/reference/specification/v3.0.0#serversObject)', 'Spectral asyncapi-servers'],
  examples: {
    bad: 'asyncapi: 3.0.0\ninfo: { title: T, version: 1.0.0 }\nservers: {}\n',
    good: 'asyncapi: 3.0.0\ninfo: { title: T, version: 1.0.0 }\nservers:\n  prod: { host: "kafka.example.com:9093", protocol: kafka-secure }\n',
  },
  create: ({ report }) => ({
    Document(node, ctx) {
      if (isObject(node.servers) && Object.keys(node.servers).length > 0) return;
      report(ctx, {
        at: closestAt(ctx.doc, 'servers'),
        target: 'key',
        message: node.servers === undefined ? 'the document has no servers' : 'the document’s servers object is empty or not an object',
        messageId: node.servers === undefined ? 'missing' : 'empty',
      });
    },
  }),
});
