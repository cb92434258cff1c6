import { defineCheck } from '../check.js';
export default defineCheck({
  id: 'consumed-message-added',
  event: 'MessageAdded',
  level: 'info',
  description: 'The service accepts a new message type.',
  rationale: 'Accepting more breaks no producer; it is listed so reviewers see the contract grow.',
  fix: 'Nothing to fix; name the producers in archway.yaml.',
  applies: (e) => e.direction === 'request',
  message: (e) => `${e.operation} now also accepts message "${e.messageName}"`,
  examples: {
    bad: {
      name: 'accepting a new message type is reported for information',
      base: "onOrders: { action: receive, channel: { $ref: '#/channels/orders' }, messages: [{ $ref: '#/channels/orders/messages/OrderPlaced' }] }",
      revision:
        "    OrderCancelled: { payload: { type: object } }\nonOrders: { action: receive, channel: { $ref: '#/channels/orders' }, messages: [{ $ref: '#/channels/orders/messages/OrderPlaced' }, { $ref: '#/channels/orders/messages/OrderCancelled' }] }",
    },
    good: { name: 'an unchanged contract reports nothing', base: '', revision: '' },
  },
});
