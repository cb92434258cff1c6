import { defineCheck } from '../check.js';
import { bindingSetting, fromTo } from '../describe.js';

export default defineCheck({
  id: 'kafka-topic-configuration-changed',
  event: 'BindingChanged',
  level: 'warn',
  description: "A channel's Kafka topic configuration (retention, cleanup policy, message size) changed.",
  rationale: 'Consumers that lag lose messages retention no longer keeps, compaction drops history they replay, and producers of large messages are refused.',
  fix: 'Check the new retention, policy and size limits against the slowest consumer and the largest message.',
  applies: (e) => e.binding === 'kafka' && e.field.startsWith('topicConfiguration.'),
  message: (e) => `${bindingSetting(e)} changed from ${fromTo(e.from, e.to)}`,
  examples: {
    bad: {
      name: 'shortening retention loses messages lagging consumers have not read',
      base: 'bindings: { kafka: { topicConfiguration: { cleanup.policy: [delete], retention.ms: 604800000 } } }',
      revision: 'bindings: { kafka: { topicConfiguration: { cleanup.policy: [delete], retention.ms: 86400000 } } }',
    },
    good: {
      name: 'the same configuration written in another order is no change',
      base: 'bindings: { kafka: { topicConfiguration: { cleanup.policy: [delete], retention.ms: 604800000 } } }',
      revision: 'bindings: { kafka: { topicConfiguration: { retention.ms: 604800000, cleanup.policy: [delete] } } }',
    },
  },
});
