import { defineCheck } from '../check.js';
import { fromTo } from '../describe.js';

export default defineCheck({
  id: 'channel-address-changed',
  event: 'ChannelAddressChanged',
  level: 'breaking',
  tags: ['incompatible'],
  description: 'A channel kept its id but changed its address (topic, queue or path).',
  rationale: 'Producers and consumers that use the old address no longer meet: messages are published where nobody listens.',
  fix: 'Publish to both addresses (or bridge the old one) until every consumer reads the new one.',
  applies: () => true,
  message: (e) => `address of channel "${e.channel}" changed from ${fromTo(e.from, e.to)}`,
  examples: {
    bad: {
      name: 'renaming the topic of a channel splits its producers from its consumers',
      base: 'address: orders.placed',
      revision: 'address: orders.placed.v2',
    },
    good: {
      name: 'renaming the channel id with the same address is no change',
      base: "orders:\nonOrders: { action: send, channel: { $ref: '#/channels/orders' }, messages: [{ $ref: '#/channels/orders/messages/OrderPlaced' }] }",
      revision:
        "orderEvents:\nonOrders: { action: send, channel: { $ref: '#/channels/orderEvents' }, messages: [{ $ref: '#/channels/orderEvents/messages/OrderPlaced' }] }",
    },
  },
});
