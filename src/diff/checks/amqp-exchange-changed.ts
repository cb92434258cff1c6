import { defineCheck } from '../check.js';
import { bindingSetting, fromTo } from '../describe.js';

export default defineCheck({
  id: 'amqp-exchange-changed',
  event: 'BindingChanged',
  level: 'breaking',
  tags: ['incompatible'],
  description: "A channel's AMQP exchange changed its name, type, durability, auto-delete or virtual host.",
  rationale: 'Clients publish to the old exchange, and declaring it with other properties fails with PRECONDITION_FAILED.',
  fix: 'Declare the new exchange beside the old one and bind them until every client has moved.',
  applies: (e) => e.binding === 'amqp' && e.field.startsWith('exchange.'),
  message: (e) => `${bindingSetting(e)} changed from ${fromTo(e.from, e.to)}`,
  examples: {
    bad: {
      name: 'an exchange redeclared as another type fails for clients that declare it as before',
      base: 'bindings: { amqp: { is: routingKey, exchange: { name: orders, type: topic, durable: true } } }',
      revision: 'bindings: { amqp: { is: routingKey, exchange: { name: orders, type: fanout, durable: true } } }',
    },
    good: {
      name: 'the same exchange written in another order is no change',
      base: 'bindings: { amqp: { is: routingKey, exchange: { name: orders, type: topic, durable: true } } }',
      revision: 'bindings: { amqp: { is: routingKey, exchange: { durable: true, type: topic, name: orders } } }',
    },
  },
});
