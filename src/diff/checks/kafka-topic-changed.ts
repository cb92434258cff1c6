import { defineCheck } from '../check.js';
import { bindingSetting, fromTo } from '../describe.js';

export default defineCheck({
  id: 'kafka-topic-changed',
  event: 'BindingChanged',
  level: 'breaking',
  tags: ['incompatible'],
  description: "A channel's Kafka binding names another topic.",
  rationale: 'Producers and consumers that use the old topic no longer meet: messages are written where nobody reads.',
  fix: 'Publish to both topics (or mirror the old one) until every consumer reads the new one.',
  applies: (e) => e.binding === 'kafka' && e.field === 'topic',
  message: (e) => `${bindingSetting(e)} changed from ${fromTo(e.from, e.to)}`,
  examples: {
    bad: {
      name: 'writing to another Kafka topic splits producers from consumers',
      base: 'bindings: { kafka: { topic: orders.placed } }',
      revision: 'bindings: { kafka: { topic: orders.placed.v2 } }',
    },
    good: {
      name: 'naming the topic the channel address already gives is no change',
      base: 'bindings: { kafka: { partitions: 3 } }',
      revision: 'bindings: { kafka: { topic: orders.placed, partitions: 3 } }',
    },
  },
});
