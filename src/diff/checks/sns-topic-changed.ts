import { defineCheck } from '../check.js';
import { bindingSetting, fromTo } from '../describe.js';

export default defineCheck({
  id: 'sns-topic-changed',
  event: 'BindingChanged',
  level: 'breaking',
  tags: ['incompatible'],
  description: "A channel's SNS binding names another topic.",
  rationale: 'Subscriptions of the old topic no longer receive the messages.',
  fix: 'Publish to both topics until every subscriber has subscribed to the new one.',
  applies: (e) => e.binding === 'sns' && e.field === 'name',
  message: (e) => `${bindingSetting(e)} changed from ${fromTo(e.from, e.to)}`,
  examples: {
    bad: {
      name: 'publishing to another SNS topic strands its subscriptions',
      base: 'bindings: { sns: { name: orders } }',
      revision: 'bindings: { sns: { name: orders-v2 } }',
    },
    good: {
      name: 'a new binding version of the same topic is no change',
      base: "bindings: { sns: { name: orders, bindingVersion: '0.1.0' } }",
      revision: "bindings: { sns: { name: orders, bindingVersion: '0.2.0' } }",
    },
  },
});
