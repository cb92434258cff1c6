import { addressAt, writtenAddress } from '../events.js';
import { defineLintRule } from '../rule.js';

export default defineLintRule({
  id: 'asyncapi-channel-no-trailing-slash',
  category: 'naming',
  severity: 'warn',
  presets: ['strict'],
  formats: ['async'],
  description: 'A channel address does not end with a slash (an address that is only `/` is allowed).',
  rationale:
    'Brokers compare channel names byte for byte: `orders/` and `orders` are two topics, and the one with the slash is almost always a typo that leaves consumers listening where nobody publishes.',
  fix: 'Remove the trailing slash.',
  references: [
    'AsyncAPI 3.0.0 "Channel Object": address (https://www.asyncapi.com/docs/reference/specification/v3.0.0#channelObject)',
    'Spectral asyncapi-channel-no-trailing-slash, asyncapi-3-channel-no-trailing-slash; Redocly no-channel-trailing-slash',
  ],
  examples: {
    bad: 'asyncapi: 3.0.0\ninfo: { title: T, version: 1.0.0 }\nchannels:\n  orders:\n    address: orders/placed/\n',
    good: 'asyncapi: 3.0.0\ninfo: { title: T, version: 1.0.0 }\nchannels:\n  orders:\n    address: orders/placed\n',
  },
  create: ({ report }) => ({
    Channel(_node, ctx) {
      const channel = ctx.event!.channel!;
      const address = writtenAddress(ctx.doc, channel);
      if (address !== undefined && /.\/$/.test(address))
        report(ctx, { ...addressAt(ctx.doc, channel), message: `channel ${channel.key} has a trailing slash in its address ${address}`, data: { address } });
    },
  }),
});
