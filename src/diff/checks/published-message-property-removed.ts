import { defineCheck } from '../check.js';
import { inMessage, where } from '../describe.js';
export default defineCheck({
  id: 'published-message-property-removed',
  event: 'PropertyRemoved',
  level: 'breaking',
  tags: ['removal'],
  description: 'A property of a message the service sends was removed.',
  rationale: 'Consumers read the property; without it they fail validation, crash on a missing value or silently default it.',
  fix: 'Deprecate the property with an `x-sunset` date, keep sending it until consumers stop reading it, then remove it.',
  applies: (e) => e.direction === 'response' && inMessage(e),
  message: (e) => `${where(e)} is no longer sent`,
  examples: {
    bad: {
      name: 'removing a property from a published event breaks consumers that read it',
      base: 'OrderPlaced: { payload: { type: object, properties: { id: { type: string }, note: { type: string } } } }',
      revision: 'OrderPlaced: { payload: { type: object, properties: { id: { type: string } } } }',
    },
    good: {
      name: 'a consumer no longer reading a property breaks no producer',
      base: 'OrderPlaced: { payload: { type: object, properties: { id: { type: string }, note: { type: string } } } }',
      revision: 'OrderPlaced: { payload: { type: object, properties: { id: { type: string } } } }',
    },
  },
});
