import { defineCheck } from '../check.js';
import { bindingSetting, fromTo } from '../describe.js';

export default defineCheck({
  id: 'mqtt-retain-removed',
  event: 'BindingChanged',
  level: 'breaking',
  description: 'A message the service publishes over MQTT is no longer retained.',
  rationale: 'New subscribers no longer get the last value when they subscribe and wait for the next one.',
  fix: 'Keep retaining the message until subscribers fetch the current value another way.',
  applies: (e) => e.binding === 'mqtt' && e.field === 'retain' && e.direction === 'response' && e.from === true && e.to !== true,
  message: (e) => `${bindingSetting(e)} changed from ${fromTo(e.from, e.to)}`,
  examples: {
    bad: {
      name: 'new subscribers no longer get the last value',
      base: "onOrders: { bindings: { mqtt: { qos: 1, retain: true } }, action: send, channel: { $ref: '#/channels/orders' }, messages: [{ $ref: '#/channels/orders/messages/OrderPlaced' }] }",
      revision:
        "onOrders: { bindings: { mqtt: { qos: 1 } }, action: send, channel: { $ref: '#/channels/orders' }, messages: [{ $ref: '#/channels/orders/messages/OrderPlaced' }] }",
    },
    good: {
      name: 'retaining a message is not the reverse',
      base: "onOrders: { bindings: { mqtt: { qos: 1 } }, action: send, channel: { $ref: '#/channels/orders' }, messages: [{ $ref: '#/channels/orders/messages/OrderPlaced' }] }",
      revision:
        "onOrders: { bindings: { mqtt: { qos: 1, retain: true } }, action: send, channel: { $ref: '#/channels/orders' }, messages: [{ $ref: '#/channels/orders/messages/OrderPlaced' }] }",
    },
  },
});
