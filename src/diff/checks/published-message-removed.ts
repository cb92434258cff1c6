import { defineCheck } from '../check.js';
export default defineCheck({
  id: 'published-message-removed',
  event: 'MessageRemoved',
  level: 'breaking',
  tags: ['removal'],
  description: 'The service no longer sends one of the messages of an operation.',
  rationale: 'Consumers waiting for that message type never see it again; their workflows stall without an error.',
  fix: 'Deprecate the message with an `x-sunset` date, confirm its consumers have moved on, then stop sending it.',
  applies: (e) => e.direction === 'response',
  message: (e) => `${e.operation} no longer sends message "${e.messageName}"`,
  examples: {
    bad: {
      name: 'no longer sending a message type breaks the consumers that wait for it',
      base: "    OrderCancelled: { payload: { type: object } }\nonOrders: { action: send, channel: { $ref: '#/channels/orders' }, messages: [{ $ref: '#/channels/orders/messages/OrderPlaced' }, { $ref: '#/channels/orders/messages/OrderCancelled' }] }",
      revision: "onOrders: { action: send, channel: { $ref: '#/channels/orders' }, messages: [{ $ref: '#/channels/orders/messages/OrderPlaced' }] }",
    },
    good: {
      name: 'a consumer dropping a message type is another check',
      base: "    OrderCancelled: { payload: { type: object } }\nonOrders: { action: receive, channel: { $ref: '#/channels/orders' }, messages: [{ $ref: '#/channels/orders/messages/OrderPlaced' }, { $ref: '#/channels/orders/messages/OrderCancelled' }] }",
      revision: "onOrders: { action: receive, channel: { $ref: '#/channels/orders' }, messages: [{ $ref: '#/channels/orders/messages/OrderPlaced' }] }",
    },
  },
});
