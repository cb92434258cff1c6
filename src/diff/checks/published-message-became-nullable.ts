import { defineCheck } from '../check.js';
import { inMessage, where } from '../describe.js';
export default defineCheck({
  id: 'published-message-became-nullable',
  event: 'NullableChanged',
  level: 'breaking',
  description: 'A property of a message the service sends may now be null.',
  rationale: 'Consumers dereference the value; a null crashes or corrupts them.',
  fix: 'Omit the property instead of sending null, or publish the change on a new versioned channel.',
  applies: (e) => e.direction === 'response' && inMessage(e) && e.to,
  message: (e) => `${where(e)} may now be null`,
  examples: {
    bad: {
      name: 'a published property that may now be null breaks consumers',
      base: 'OrderPlaced: { payload: { type: object, properties: { total: { type: integer } } } }',
      revision: 'OrderPlaced: { payload: { type: object, properties: { total: { type: [integer, "null"] } } } }',
    },
    good: {
      name: 'a consumer accepting null breaks no producer',
      base: 'OrderPlaced: { payload: { type: object, properties: { total: { type: integer } } } }',
      revision: 'OrderPlaced: { payload: { type: object, properties: { total: { type: [integer, "null"] } } } }',
    },
  },
});
