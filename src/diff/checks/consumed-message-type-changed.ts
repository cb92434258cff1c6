import { defineCheck } from '../check.js';
import { inMessage, where } from '../describe.js';
export default defineCheck({
  id: 'consumed-message-type-changed',
  event: 'TypeChanged',
  level: 'breaking',
  tags: ['incompatible'],
  description: 'A property of a message the service receives no longer accepts the type producers send.',
  rationale: 'Producers keep sending the old type; those messages are now invalid.',
  fix: 'Accept both types until every producer has moved, or consume the new form from a new versioned channel.',
  applies: (e) => e.direction === 'request' && inMessage(e) && !e.widened,
  // A change that is not a widening states a type: no type (any) would widen.
  message: (e) => `${where(e)} changed type from ${e.from.join('|') || 'any'} to ${e.to.join('|')}`,
  examples: {
    bad: {
      name: 'a consumer that stops accepting integers breaks producers sending them',
      base: 'OrderPlaced: { payload: { type: object, properties: { total: { type: integer } } } }',
      revision: 'OrderPlaced: { payload: { type: object, properties: { total: { type: string } } } }',
    },
    good: {
      name: 'widening what a consumer accepts breaks no producer',
      base: 'OrderPlaced: { payload: { type: object, properties: { total: { type: integer } } } }',
      revision: 'OrderPlaced: { payload: { type: object, properties: { total: { type: number } } } }',
    },
  },
});
