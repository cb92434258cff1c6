import { defineCheck } from '../check.js';
export default defineCheck({
  id: 'event-operation-removed',
  event: 'EventOperationRemoved',
  level: 'breaking',
  tags: ['removal'],
  description: 'The service stopped sending or receiving on a channel.',
  rationale: 'Consumers of what it sent never receive another message; producers of what it received have their messages pile up unconsumed.',
  fix: 'Deprecate the operation with an `x-sunset` date, confirm with the consumers or producers named in archway.yaml, then remove it.',
  applies: () => true,
  message: (e) =>
    `${e.operation} was removed: ${e.action === 'send' ? 'consumers no longer receive its messages' : 'messages producers send there are no longer consumed'}`,
  examples: {
    bad: {
      name: 'no longer publishing an event breaks its consumers',
      base: "onOrders: { action: send, channel: { $ref: '#/channels/orders' }, messages: [{ $ref: '#/channels/orders/messages/OrderPlaced' }] }",
      revision: '{}',
    },
    good: {
      name: 'removing a deprecated operation after its sunset is not breaking',
      base: "onOrders: { deprecated: true, x-sunset: '2025-01-01', action: send, channel: { $ref: '#/channels/orders' }, messages: [{ $ref: '#/channels/orders/messages/OrderPlaced' }] }",
      revision: '{}',
    },
  },
});
