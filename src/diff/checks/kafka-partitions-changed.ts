import { defineCheck } from '../check.js';
import { bindingSetting, fromTo } from '../describe.js';

export default defineCheck({
  id: 'kafka-partitions-changed',
  event: 'BindingChanged',
  level: 'warn',
  description: "A channel's Kafka topic changed its number of partitions.",
  rationale: 'Keys are hashed to other partitions, so per-key ordering across the change is lost; a topic cannot shrink in place at all.',
  fix: 'Plan the change with the consumers that rely on per-key ordering; to shrink, create a new topic and migrate.',
  applies: (e) => e.binding === 'kafka' && e.field === 'partitions',
  message: (e) => `${bindingSetting(e)} changed from ${fromTo(e.from, e.to)}`,
  examples: {
    bad: {
      name: 'repartitioning a topic reshuffles keys across partitions',
      base: 'bindings: { kafka: { partitions: 3, replicas: 3 } }',
      revision: 'bindings: { kafka: { partitions: 6, replicas: 3 } }',
    },
    good: {
      name: 'changing the replication factor leaves partitions alone',
      base: 'bindings: { kafka: { partitions: 3, replicas: 3 } }',
      revision: 'bindings: { kafka: { partitions: 3, replicas: 2 } }',
    },
  },
});
