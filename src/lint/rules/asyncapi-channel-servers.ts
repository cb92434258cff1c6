import { isObject } from '../helpers.js';
import { isV2, rootOf } from '../async-peers.js';
import { child } from '../events.js';
import { defineLintRule } from '../rule.js';

export default defineLintRule({
  id: 'asyncapi-channel-servers',
  category: 'events',
  severity: 'error',
  presets: ['recommended', 'strict'],
  formats: ['async'],
  description: 'A channel’s `servers` name servers the document defines (2.x: keys of `servers`; 3.0: `$ref`s to `#/servers/…`).',
  rationale:
    'A channel restricted to a server that does not exist is available nowhere: generators and clients cannot tell which broker carries it. In 3.0 a reference into `components.servers` names a reusable definition, not one of the servers the application runs on.',
  fix: 'Name a server defined under the document’s `servers` (2.x), or refer to one with `$ref: "#/servers/<name>"` (3.0).',
  references: [
    'AsyncAPI 3.0.0 "Channel Object": servers (https://www.asyncapi.com/docs/reference/specification/v3.0.0#channelObject)',
    'AsyncAPI 2.6.0 "Channel Item Object": servers',
    'Spectral asyncapi-channel-servers, asyncapi-3-channel-servers',
  ],
  examples: {
    bad: 'asyncapi: 2.6.0\ninfo: { title: T, version: 1.0.0 }\nservers:\n  prod: { url: "kafka.example.com:9092", protocol: kafka }\nchannels:\n  orders:\n    servers: [staging]\n',
    good: 'asyncapi: 2.6.0\ninfo: { title: T, version: 1.0.0 }\nservers:\n  prod: { url: "kafka.example.com:9092", protocol: kafka }\nchannels:\n  orders:\n    servers: [prod]\n',
  },
  create: ({ report }) => ({
    Channel(node, ctx) {
      if (!Array.isArray(node.servers)) return;
      const channel = ctx.event!.channel!;
      const servers = rootOf(ctx.doc).servers;
      node.servers.forEach((server: unknown, i: number) => {
        const at = child(channel.at, 'servers', i);
        if (isV2(ctx.doc)) {
          if (typeof server === 'string' && !(isObject(servers) && server in servers))
            report(ctx, {
              at,
              messageId: 'server-undefined',
              message: `channel ${channel.key} names server "${server}", which servers does not define`,
              data: { server },
            });
        } else if (isObject(server) && typeof server.$ref === 'string' && !/#\/servers\//.test(server.$ref))
          report(ctx, {
            at: child(at, '$ref'),
            messageId: 'ref-not-a-server',
            message: `channel ${channel.key} refers to ${server.$ref}, which is not one of the document's servers (#/servers/…)`,
            data: { ref: server.$ref },
          });
      });
    },
  }),
});
