import { defineCheck } from '../check.js';
import { bindingSetting, fromTo } from '../describe.js';

export default defineCheck({
  id: 'mqtt-last-will-topic-changed',
  event: 'BindingChanged',
  level: 'breaking',
  description: "A server's MQTT binding publishes its last will on another topic.",
  rationale: 'Subscribers that watch the old topic no longer learn that the client went offline.',
  fix: 'Tell the watchers first and have them subscribe to both topics until the change ships.',
  applies: (e) => e.binding === 'mqtt' && e.field === 'lastWill.topic',
  message: (e) => `${bindingSetting(e)} changed from ${fromTo(e.from, e.to)}`,
  examples: {
    bad: {
      name: 'a last will sent to another topic goes unseen',
      base: 'production: { host: broker.example.com, protocol: kafka, bindings: { mqtt: { lastWill: { topic: devices/offline, qos: 1 } } } }',
      revision: 'production: { host: broker.example.com, protocol: kafka, bindings: { mqtt: { lastWill: { topic: devices/gone, qos: 1 } } } }',
    },
    good: {
      name: 'the same last-will topic at another QoS is not a move',
      base: 'production: { host: broker.example.com, protocol: kafka, bindings: { mqtt: { lastWill: { topic: devices/offline, qos: 1 } } } }',
      revision: 'production: { host: broker.example.com, protocol: kafka, bindings: { mqtt: { lastWill: { topic: devices/offline, qos: 2 } } } }',
    },
  },
});
