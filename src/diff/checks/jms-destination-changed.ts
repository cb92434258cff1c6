import { defineCheck } from '../check.js';
import { bindingSetting, fromTo } from '../describe.js';

export default defineCheck({
  id: 'jms-destination-changed',
  event: 'BindingChanged',
  level: 'breaking',
  tags: ['incompatible'],
  description: "A channel's JMS binding names another destination, or changes its type (queue, FIFO queue, topic).",
  rationale: 'Producers and consumers looking the old destination up no longer meet, and a queue read as a topic (or back) changes who receives each message.',
  fix: 'Bridge the old destination to the new one until every client has moved.',
  applies: (e) => e.binding === 'jms' && (e.field === 'destination' || e.field === 'destinationType'),
  message: (e) => `${bindingSetting(e)} changed from ${fromTo(e.from, e.to)}`,
  examples: {
    bad: {
      name: 'a queue that becomes a topic changes who receives each message',
      base: 'bindings: { jms: { destination: orders, destinationType: queue } }',
      revision: 'bindings: { jms: { destination: orders, destinationType: topic } }',
    },
    good: {
      name: 'the same destination written in another order is no change',
      base: 'bindings: { jms: { destination: orders, destinationType: queue } }',
      revision: 'bindings: { jms: { destinationType: queue, destination: orders } }',
    },
  },
});
