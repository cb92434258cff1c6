import { defineCheck } from '../check.js';
import { bindingSetting, fromTo } from '../describe.js';

export default defineCheck({
  id: 'amqp-queue-changed',
  event: 'BindingChanged',
  level: 'breaking',
  tags: ['incompatible'],
  description: "A channel's AMQP queue changed its name, durability, exclusivity, auto-delete or virtual host.",
  rationale: 'Consumers read the old queue, and declaring it with other properties fails with PRECONDITION_FAILED (RESOURCE_LOCKED once exclusive).',
  fix: 'Declare the new queue beside the old one, bound to the same exchange, until every consumer has moved.',
  applies: (e) => e.binding === 'amqp' && e.field.startsWith('queue.'),
  message: (e) => `${bindingSetting(e)} changed from ${fromTo(e.from, e.to)}`,
  examples: {
    bad: {
      name: 'an exclusive queue locks out every consumer but one',
      base: 'bindings: { amqp: { is: queue, queue: { name: orders, exclusive: false } } }',
      revision: 'bindings: { amqp: { is: queue, queue: { name: orders, exclusive: true } } }',
    },
    good: {
      name: 'the same queue written in another order is no change',
      base: 'bindings: { amqp: { is: queue, queue: { name: orders, exclusive: false } } }',
      revision: 'bindings: { amqp: { is: queue, queue: { exclusive: false, name: orders } } }',
    },
  },
});
