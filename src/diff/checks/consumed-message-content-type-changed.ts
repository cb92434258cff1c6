import { defineCheck } from '../check.js';
import { fromTo } from '../describe.js';

export default defineCheck({
  id: 'consumed-message-content-type-changed',
  event: 'ContentTypeChanged',
  level: 'breaking',
  description: 'A message the service receives changed its content type (its own `contentType`, or the `defaultContentType` it inherits).',
  rationale:
    'Producers keep labelling messages the old way (application/json, not application/cloudevents+json); a consumer that now dispatches on the new type rejects or misreads them.',
  fix: 'Accept both content types until every producer has moved, then drop the old one.',
  applies: (e) => e.direction === 'request',
  message: (e) => `content type of message "${e.messageName}" changed from ${fromTo(e.from, e.to)}`,
  examples: {
    bad: {
      name: 'a consumed message that changes content type refuses what producers send',
      base: 'OrderPlaced: { contentType: application/json, payload: { type: object } }',
      revision: 'OrderPlaced: { contentType: application/cloudevents+json, payload: { type: object } }',
    },
    good: {
      name: 'the same content type written as the default it inherited is no change',
      base: 'OrderPlaced: { contentType: application/json, payload: { type: object } }',
      revision: 'defaultContentType: application/json\n      OrderPlaced: { payload: { type: object } }',
    },
  },
});
