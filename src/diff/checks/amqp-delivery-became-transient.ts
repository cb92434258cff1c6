import { defineCheck } from '../check.js';
import { bindingSetting, fromTo } from '../describe.js';

export default defineCheck({
  id: 'amqp-delivery-became-transient',
  event: 'BindingChanged',
  level: 'warn',
  description: "An operation's AMQP messages are no longer persistent (deliveryMode 2 to 1).",
  rationale: 'Messages a broker holds when it restarts are lost; consumers that relied on persistence miss them.',
  fix: 'Keep persistent delivery, or tell consumers they must tolerate loss.',
  applies: (e) => e.binding === 'amqp' && e.field === 'deliveryMode' && e.from === 2 && e.to !== 2,
  message: (e) => `${bindingSetting(e)} changed from ${fromTo(e.from, e.to)}`,
  examples: {
    bad: {
      name: 'messages that are no longer persistent are lost when the broker restarts',
      base: "onOrders: { bindings: { amqp: { deliveryMode: 2 } }, action: send, channel: { $ref: '#/channels/orders' }, messages: [{ $ref: '#/channels/orders/messages/OrderPlaced' }] }",
      revision:
        "onOrders: { bindings: { amqp: { deliveryMode: 1 } }, action: send, channel: { $ref: '#/channels/orders' }, messages: [{ $ref: '#/channels/orders/messages/OrderPlaced' }] }",
    },
    good: {
      name: 'making messages persistent is not the reverse',
      base: "onOrders: { bindings: { amqp: { deliveryMode: 1 } }, action: send, channel: { $ref: '#/channels/orders' }, messages: [{ $ref: '#/channels/orders/messages/OrderPlaced' }] }",
      revision:
        "onOrders: { bindings: { amqp: { deliveryMode: 2 } }, action: send, channel: { $ref: '#/channels/orders' }, messages: [{ $ref: '#/channels/orders/messages/OrderPlaced' }] }",
    },
  },
});
