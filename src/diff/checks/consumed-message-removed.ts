import { defineCheck } from '../check.js';
export default defineCheck({
  id: 'consumed-message-removed',
  event: 'MessageRemoved',
  level: 'breaking',
  tags: ['removal'],
  description: 'The service no longer accepts one of the messages producers send it.',
  rationale: 'Producers keep sending it; the consumer now rejects, dead-letters or silently drops those messages.',
  fix: 'Keep consuming the message until every producer named in archway.yaml has stopped sending it.',
  applies: (e) => e.direction === 'request',
  message: (e) => `${e.operation} no longer accepts message "${e.messageName}"`,
  examples: {
    bad: {
      name: 'no longer consuming a message type breaks the producers that send it',
      base: "    OrderCancelled: { payload: { type: object } }\nonOrders: { action: receive, channel: { $ref: '#/channels/orders' }, messages: [{ $ref: '#/channels/orders/messages/OrderPlaced' }, { $ref: '#/channels/orders/messages/OrderCancelled' }] }",
      revision: "onOrders: { action: receive, channel: { $ref: '#/channels/orders' }, messages: [{ $ref: '#/channels/orders/messages/OrderPlaced' }] }",
    },
    good: {
      name: 'a producer dropping a message type is another check',
      base: "    OrderCancelled: { payload: { type: object } }\nonOrders: { action: send, channel: { $ref: '#/channels/orders' }, messages: [{ $ref: '#/channels/orders/messages/OrderPlaced' }, { $ref: '#/channels/orders/messages/OrderCancelled' }] }",
      revision: "onOrders: { action: send, channel: { $ref: '#/channels/orders' }, messages: [{ $ref: '#/channels/orders/messages/OrderPlaced' }] }",
    },
  },
});
