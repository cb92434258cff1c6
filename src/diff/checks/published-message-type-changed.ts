import { defineCheck } from '../check.js';
import { inMessage, where } from '../describe.js';
export default defineCheck({
  id: 'published-message-type-changed',
  event: 'TypeChanged',
  level: 'breaking',
  tags: ['incompatible'],
  description: 'A property of a message the service sends may now hold another type.',
  rationale: 'Consumers deserialise the property into the old type and fail on the new one.',
  fix: 'Publish the new type on a new versioned channel (dual-publish) or in a new property; retire the old form later.',
  applies: (e) => e.direction === 'response' && inMessage(e) && !e.narrowed,
  // A change that is not a narrowing started from a stated type: any type narrows no type (any).
  message: (e) => `${where(e)} changed type from ${e.from.join('|')} to ${e.to.join('|') || 'any'}`,
  examples: {
    bad: {
      name: 'an event property turning from integer to string breaks typed consumers',
      base: 'OrderPlaced: { payload: { type: object, properties: { total: { type: integer } } } }',
      revision: 'OrderPlaced: { payload: { type: object, properties: { total: { type: string } } } }',
    },
    good: {
      name: 'narrowing a published number to integer sends only values consumers accept',
      base: 'OrderPlaced: { payload: { type: object, properties: { total: { type: number } } } }',
      revision: 'OrderPlaced: { payload: { type: object, properties: { total: { type: integer } } } }',
    },
  },
});
