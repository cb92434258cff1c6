import { defineCheck } from '../check.js';
import { bindingSetting, fromTo } from '../describe.js';

export default defineCheck({
  id: 'mqtt-response-topic-changed',
  event: 'BindingChanged',
  level: 'breaking',
  description: "A message's MQTT binding names another response topic.",
  rationale: 'Replies go to a topic the requester does not listen on.',
  fix: 'Listen on both topics until every responder uses the new one.',
  applies: (e) => e.binding === 'mqtt' && e.field === 'responseTopic',
  message: (e) => `${bindingSetting(e)} changed from ${fromTo(e.from, e.to)}`,
  examples: {
    bad: {
      name: 'replies sent to another topic miss their requester',
      base: 'OrderPlaced: { payload: { type: object }, bindings: { mqtt: { responseTopic: orders/replies } } }',
      revision: 'OrderPlaced: { payload: { type: object }, bindings: { mqtt: { responseTopic: orders/replies/v2 } } }',
    },
    good: {
      name: 'a new binding version with the same response topic is no change',
      base: "OrderPlaced: { payload: { type: object }, bindings: { mqtt: { responseTopic: orders/replies, bindingVersion: '0.1.0' } } }",
      revision: "OrderPlaced: { payload: { type: object }, bindings: { mqtt: { responseTopic: orders/replies, bindingVersion: '0.2.0' } } }",
    },
  },
});
