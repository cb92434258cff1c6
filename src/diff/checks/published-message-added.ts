import { defineCheck } from '../check.js';
export default defineCheck({
  id: 'published-message-added',
  event: 'MessageAdded',
  level: 'warn',
  description: 'The service sends a new message type on an existing operation.',
  rationale: 'Consumers of the channel receive a type they do not know; strict ones fail to deserialise it or dead-letter it.',
  fix: 'Make sure every consumer ignores unknown message types (or route the new type to a new channel) before sending it.',
  applies: (e) => e.direction === 'response',
  message: (e) => `${e.operation} now also sends message "${e.messageName}"`,
  examples: {
    bad: {
      name: 'a new message type on a channel reaches consumers that may not know it',
      base: "onOrders: { action: send, channel: { $ref: '#/channels/orders' }, messages: [{ $ref: '#/channels/orders/messages/OrderPlaced' }] }",
      revision:
        "    OrderCancelled: { payload: { type: object } }\nonOrders: { action: send, channel: { $ref: '#/channels/orders' }, messages: [{ $ref: '#/channels/orders/messages/OrderPlaced' }, { $ref: '#/channels/orders/messages/OrderCancelled' }] }",
    },
    good: {
      name: 'accepting a new message type breaks no producer',
      base: "onOrders: { action: receive, channel: { $ref: '#/channels/orders' }, messages: [{ $ref: '#/channels/orders/messages/OrderPlaced' }] }",
      revision:
        "    OrderCancelled: { payload: { type: object } }\nonOrders: { action: receive, channel: { $ref: '#/channels/orders' }, messages: [{ $ref: '#/channels/orders/messages/OrderPlaced' }, { $ref: '#/channels/orders/messages/OrderCancelled' }] }",
    },
  },
});
