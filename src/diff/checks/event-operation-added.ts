import { defineCheck } from '../check.js';
export default defineCheck({
  id: 'event-operation-added',
  event: 'EventOperationAdded',
  level: 'info',
  description: 'The service started sending or receiving on a channel.',
  rationale: 'A new operation breaks nobody; it is listed so reviewers see who now depends on the channel.',
  fix: 'Nothing to fix; name its consumers or producers in archway.yaml.',
  applies: () => true,
  message: (e) => `${e.operation} was added`,
  examples: {
    bad: {
      name: 'a new operation is reported for information',
      base: '{}',
      revision: "onOrders: { action: send, channel: { $ref: '#/channels/orders' }, messages: [{ $ref: '#/channels/orders/messages/OrderPlaced' }] }",
    },
    good: { name: 'an unchanged contract reports nothing', base: '', revision: '' },
  },
});
