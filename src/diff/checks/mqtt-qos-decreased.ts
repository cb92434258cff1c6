import { defineCheck } from '../check.js';
import { bindingSetting, fromTo } from '../describe.js';

export default defineCheck({
  id: 'mqtt-qos-decreased',
  event: 'BindingChanged',
  level: 'breaking',
  description: 'A message the service publishes over MQTT is sent with a lower quality of service.',
  rationale: "Subscribers get at most the publisher's QoS: messages they relied on receiving at least (or exactly) once may now be lost or duplicated.",
  fix: 'Keep the QoS, or publish the lower-QoS stream on a new topic.',
  applies: (e) => e.binding === 'mqtt' && e.field === 'qos' && e.direction === 'response' && Number(e.to) < Number(e.from),
  message: (e) => `${bindingSetting(e)} changed from ${fromTo(e.from, e.to)}`,
  examples: {
    bad: {
      name: 'publishing at QoS 0 loses messages subscribers expected at least once',
      base: "onOrders: { bindings: { mqtt: { qos: 1 } }, action: send, channel: { $ref: '#/channels/orders' }, messages: [{ $ref: '#/channels/orders/messages/OrderPlaced' }] }",
      revision:
        "onOrders: { bindings: { mqtt: { qos: 0 } }, action: send, channel: { $ref: '#/channels/orders' }, messages: [{ $ref: '#/channels/orders/messages/OrderPlaced' }] }",
    },
    good: {
      name: 'raising the QoS is not lowering it',
      base: "onOrders: { bindings: { mqtt: { qos: 0 } }, action: send, channel: { $ref: '#/channels/orders' }, messages: [{ $ref: '#/channels/orders/messages/OrderPlaced' }] }",
      revision:
        "onOrders: { bindings: { mqtt: { qos: 1 } }, action: send, channel: { $ref: '#/channels/orders' }, messages: [{ $ref: '#/channels/orders/messages/OrderPlaced' }] }",
    },
  },
});
