import { defineCheck } from '../check.js';
import { where } from '../describe.js';
import { inMessage } from '../fixture.js';
export default defineCheck({
  id: 'published-message-property-removed',
  event: 'PropertyRemoved',
  level: 'breaking',
  removal: true,
  description: 'A property of a message the service sends was removed.',
  rationale: 'Consumers read the property; without it they fail validation, crash on a missing value or silently default it.',
  fix: 'Deprecate the property with an `x-sunset` date, keep sending it until consumers stop reading it, then remove it.',
  applies: (e) => e.direction === 'response' && (e.area === 'message-payload' || e.area === 'message-header'),
  message: (e) => `${where(e)} is no longer sent`,
  fixtures: {
    triggers: { name: 'removing a property from a published event breaks consumers that read it', base: inMessage('{ type: object, properties: { id: { type: string }, note: { type: string } } }'), revision: inMessage('{ type: object, properties: { id: { type: string } } }') },
    passes: { name: 'a consumer no longer reading a property breaks no producer', base: inMessage('{ type: object, properties: { id: { type: string }, note: { type: string } } }', 'receive'), revision: inMessage('{ type: object, properties: { id: { type: string } } }', 'receive') },
  },
});
