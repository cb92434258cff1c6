import { defineCheck } from '../check.js';
import { inMessage, where } from '../describe.js';
export default defineCheck({
  id: 'published-message-property-added',
  event: 'PropertyAdded',
  level: 'info',
  description: 'A message the service sends gained a property.',
  rationale: 'Consumers that ignore unknown fields are unaffected; it is listed so reviewers see the event grow.',
  fix: 'Nothing to fix; consumers that reject unknown fields need the schema first.',
  applies: (e) => e.direction === 'response' && inMessage(e),
  message: (e) => `${where(e)} was added`,
  examples: {
    bad: {
      name: 'a new property in a published event is reported for information',
      base: 'OrderPlaced: { payload: { type: object, properties: { id: { type: string } } } }',
      revision: 'OrderPlaced: { payload: { type: object, properties: { id: { type: string }, note: { type: string } } } }',
    },
    good: { name: 'an unchanged contract reports nothing', base: '', revision: '' },
  },
});
