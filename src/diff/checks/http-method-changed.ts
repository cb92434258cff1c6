import { defineCheck } from '../check.js';
import { bindingSetting, fromTo } from '../describe.js';

export default defineCheck({
  id: 'http-method-changed',
  event: 'BindingChanged',
  level: 'breaking',
  description: "An operation's HTTP binding changed its method.",
  rationale: 'Clients that call with the old method get 405 Method Not Allowed.',
  fix: 'Accept both methods until clients have moved.',
  applies: (e) => e.binding === 'http' && e.field === 'method',
  message: (e) => `${bindingSetting(e)} changed from ${fromTo(e.from, e.to)}`,
  examples: {
    bad: {
      name: 'calling the operation with another HTTP method breaks clients',
      base: "onOrders: { bindings: { http: { method: POST } }, action: send, channel: { $ref: '#/channels/orders' }, messages: [{ $ref: '#/channels/orders/messages/OrderPlaced' }] }",
      revision:
        "onOrders: { bindings: { http: { method: PUT } }, action: send, channel: { $ref: '#/channels/orders' }, messages: [{ $ref: '#/channels/orders/messages/OrderPlaced' }] }",
    },
    good: {
      name: 'an optional query parameter beside the same method is information',
      base: "onOrders: { bindings: { http: { method: POST } }, action: send, channel: { $ref: '#/channels/orders' }, messages: [{ $ref: '#/channels/orders/messages/OrderPlaced' }] }",
      revision:
        "onOrders: { bindings: { http: { method: POST, query: { type: object, properties: { dryRun: { type: boolean } } } } }, action: send, channel: { $ref: '#/channels/orders' }, messages: [{ $ref: '#/channels/orders/messages/OrderPlaced' }] }",
    },
  },
});
