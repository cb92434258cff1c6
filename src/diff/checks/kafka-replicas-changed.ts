import { defineCheck } from '../check.js';
import { bindingSetting, fromTo } from '../describe.js';

export default defineCheck({
  id: 'kafka-replicas-changed',
  event: 'BindingChanged',
  level: 'info',
  description: "A channel's Kafka topic changed its replication factor.",
  rationale: 'Durability changes but no client is affected.',
  fix: 'Nothing to do for clients.',
  applies: (e) => e.binding === 'kafka' && e.field === 'replicas',
  message: (e) => `${bindingSetting(e)} changed from ${fromTo(e.from, e.to)}`,
  examples: {
    bad: {
      name: 'changing the replication factor is information',
      base: 'bindings: { kafka: { partitions: 3, replicas: 3 } }',
      revision: 'bindings: { kafka: { partitions: 3, replicas: 2 } }',
    },
    good: {
      name: 'repartitioning is reported by its own check',
      base: 'bindings: { kafka: { partitions: 3, replicas: 3 } }',
      revision: 'bindings: { kafka: { partitions: 6, replicas: 3 } }',
    },
  },
});
