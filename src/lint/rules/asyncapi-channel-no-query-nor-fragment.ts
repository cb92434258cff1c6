import { addressAt, writtenAddress } from '../events.js';
import { defineLintRule } from '../rule.js';

export default defineLintRule({
  id: 'asyncapi-channel-no-query-nor-fragment',
  category: 'naming',
  severity: 'warn',
  presets: ['recommended', 'strict'],
  formats: ['async'],
  description: 'A channel address has no query (`?`) or fragment (`#`) delimiter.',
  rationale:
    'A channel address names where messages flow; a `?` or `#` in it is either a URL query pasted into a topic name, which brokers treat as part of the name, or filtering that belongs in bindings or parameters.',
  fix: 'Remove the query or fragment; express filters as channel parameters or protocol bindings.',
  references: [
    'AsyncAPI 3.0.0 "Channel Object": address (https://www.asyncapi.com/docs/reference/specification/v3.0.0#channelObject)',
    'Spectral asyncapi-channel-no-query-nor-fragment, asyncapi-3-channel-no-query-nor-fragment',
  ],
  examples: {
    bad: 'asyncapi: 2.6.0\ninfo: { title: T, version: 1.0.0 }\nchannels:\n  "orders?region=eu": {}\n',
    good: 'asyncapi: 2.6.0\ninfo: { title: T, version: 1.0.0 }\nchannels:\n  orders/{region}:\n    parameters:\n      region: { description: The region. }\n',
  },
  create: ({ report }) => ({
    Channel(_node, ctx) {
      const channel = ctx.event!.channel!;
      const address = writtenAddress(ctx.doc, channel);
      const delimiter = address && /[?#]/.exec(address)?.[0];
      if (delimiter)
        report(ctx, {
          ...addressAt(ctx.doc, channel),
          message: `channel ${channel.key} has a ${delimiter === '?' ? 'query' : 'fragment'} delimiter "${delimiter}" in its address ${address}`,
          data: { address, delimiter },
        });
    },
  }),
});
