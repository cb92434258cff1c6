import { defineCheck } from '../check.js';
import { bindingSetting, fromTo } from '../describe.js';

export default defineCheck({
  id: 'pulsar-topic-changed',
  event: 'BindingChanged',
  level: 'breaking',
  tags: ['incompatible'],
  description: "A channel's Pulsar binding moves the topic to another namespace or between persistent and non-persistent.",
  rationale: 'The namespace and persistence are part of the topic name: clients of the old one no longer meet.',
  fix: 'Replicate the old topic into the new one until every client has moved.',
  applies: (e) => e.binding === 'pulsar' && (e.field === 'namespace' || e.field === 'persistence'),
  message: (e) => `${bindingSetting(e)} changed from ${fromTo(e.from, e.to)}`,
  examples: {
    bad: {
      name: 'a topic moved to another namespace strands its clients',
      base: 'bindings: { pulsar: { namespace: staging, persistence: persistent } }',
      revision: 'bindings: { pulsar: { namespace: production, persistence: persistent } }',
    },
    good: {
      name: 'changing retention keeps the topic where it is',
      base: 'bindings: { pulsar: { namespace: staging, persistence: persistent, retention: { time: 7 } } }',
      revision: 'bindings: { pulsar: { namespace: staging, persistence: persistent, retention: { time: 3 } } }',
    },
  },
});
