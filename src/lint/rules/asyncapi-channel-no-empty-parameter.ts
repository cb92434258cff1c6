import { addressAt, writtenAddress } from '../events.js';
import { defineLintRule } from '../rule.js';

export default defineLintRule({
  id: 'asyncapi-channel-no-empty-parameter',
  category: 'naming',
  severity: 'warn',
  presets: ['recommended', 'strict'],
  formats: ['async'],
  description: 'A channel address has no empty parameter `{}` (2.x: the channel key; 3.0: `address`).',
  rationale:
    'An empty `{}` names no parameter: no parameter definition can describe it, code generators cannot substitute it, and the literal braces end up in the topic or queue name.',
  fix: 'Name the parameter (`{orderId}`) and declare it under the channel’s `parameters`, or remove the braces.',
  references: [
    'AsyncAPI 3.0.0 "Channel Object": address (https://www.asyncapi.com/docs/reference/specification/v3.0.0#channelObject)',
    'Spectral asyncapi-channel-no-empty-parameter, asyncapi-3-channel-no-empty-parameter',
  ],
  examples: {
    bad: 'asyncapi: 3.0.0\ninfo: { title: T, version: 1.0.0 }\nchannels:\n  orders:\n    address: "orders.{}.placed"\n',
    good: 'asyncapi: 3.0.0\ninfo: { title: T, version: 1.0.0 }\nchannels:\n  orders:\n    address: "orders.{region}.placed"\n    parameters:\n      region: { description: The region. }\n',
  },
  create: ({ report }) => ({
    Channel(_node, ctx) {
      const channel = ctx.event!.channel!;
      const address = writtenAddress(ctx.doc, channel);
      if (address?.includes('{}'))
        report(ctx, {
          ...addressAt(ctx.doc, channel),
          message: `channel ${channel.key} has an empty parameter {} in its address ${address}`,
          data: { address },
        });
    },
  }),
});
