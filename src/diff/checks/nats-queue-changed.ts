import { defineCheck } from '../check.js';
import { bindingSetting, fromTo } from '../describe.js';

export default defineCheck({
  id: 'nats-queue-changed',
  event: 'BindingChanged',
  level: 'warn',
  description: "An operation's NATS binding joins another queue group.",
  rationale: 'While old and new instances run side by side each group gets every message, so messages are processed twice during the rollout.',
  fix: 'Make the handler idempotent, or drain the old group before starting the new one.',
  applies: (e) => e.binding === 'nats' && e.field === 'queue',
  message: (e) => `${bindingSetting(e)} changed from ${fromTo(e.from, e.to)}`,
  examples: {
    bad: {
      name: 'joining another queue group delivers messages twice while both run',
      base: "onOrders: { bindings: { nats: { queue: billing } }, action: receive, channel: { $ref: '#/channels/orders' }, messages: [{ $ref: '#/channels/orders/messages/OrderPlaced' }] }",
      revision:
        "onOrders: { bindings: { nats: { queue: invoicing } }, action: receive, channel: { $ref: '#/channels/orders' }, messages: [{ $ref: '#/channels/orders/messages/OrderPlaced' }] }",
    },
    good: {
      name: 'a new binding version in the same queue group is no change',
      base: "onOrders: { bindings: { nats: { queue: billing, bindingVersion: '0.1.0' } }, action: send, channel: { $ref: '#/channels/orders' }, messages: [{ $ref: '#/channels/orders/messages/OrderPlaced' }] }",
      revision:
        "onOrders: { bindings: { nats: { queue: billing, bindingVersion: '0.2.0' } }, action: send, channel: { $ref: '#/channels/orders' }, messages: [{ $ref: '#/channels/orders/messages/OrderPlaced' }] }",
    },
  },
});
