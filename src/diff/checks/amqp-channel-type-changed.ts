import { defineCheck } from '../check.js';
import { bindingSetting, fromTo } from '../describe.js';

export default defineCheck({
  id: 'amqp-channel-type-changed',
  event: 'BindingChanged',
  level: 'breaking',
  tags: ['incompatible'],
  description: "A channel's AMQP binding changed from a routing key to a queue, or back.",
  rationale: 'Clients publish to an exchange or read from a queue that no longer carries the messages.',
  fix: 'Bind the old exchange to the new queue (or the reverse) until every client has moved.',
  applies: (e) => e.binding === 'amqp' && e.field === 'is',
  message: (e) => `${bindingSetting(e)} changed from ${fromTo(e.from, e.to)}`,
  examples: {
    bad: {
      name: 'moving a channel from an exchange to a queue strands its clients',
      base: 'bindings: { amqp: { is: routingKey, exchange: { name: orders, type: topic } } }',
      revision: 'bindings: { amqp: { is: queue, queue: { name: orders } } }',
    },
    good: {
      name: 'a new binding version of the same exchange channel is no move',
      base: "bindings: { amqp: { is: routingKey, bindingVersion: '0.2.0' } }",
      revision: "bindings: { amqp: { is: routingKey, bindingVersion: '0.3.0' } }",
    },
  },
});
