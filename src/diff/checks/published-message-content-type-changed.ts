import { defineCheck } from '../check.js';
import { fromTo } from '../describe.js';

export default defineCheck({
  id: 'published-message-content-type-changed',
  event: 'ContentTypeChanged',
  level: 'warn',
  description: 'A message the service sends changed its content type (its own `contentType`, or the `defaultContentType` it inherits).',
  rationale: 'Consumers that check the content type before decoding skip or reject the relabelled messages; lenient ones decode them as before.',
  fix: 'Tell consumers first and let them accept both types, then switch the label.',
  applies: (e) => e.direction === 'response',
  message: (e) => `content type of message "${e.messageName}" changed from ${fromTo(e.from, e.to)}`,
  examples: {
    bad: {
      name: 'a published message relabelled application/cloudevents+json warns its consumers',
      base: "OrderPlaced: { contentType: 'application/json', payload: { type: object } }",
      revision: "OrderPlaced: { contentType: 'application/cloudevents+json', payload: { type: object } }",
    },
    good: {
      name: 'a charset parameter or letter case is no change of type',
      base: "OrderPlaced: { contentType: 'application/json', payload: { type: object } }",
      revision: "OrderPlaced: { contentType: 'Application/JSON; charset=utf-8', payload: { type: object } }",
    },
  },
});
