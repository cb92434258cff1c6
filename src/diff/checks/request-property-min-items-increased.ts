import { defineCheck } from '../check.js';
import { fromTo, where } from '../describe.js';
import { inRequest, inResponse, withKind } from '../fixture.js';

export default defineCheck({
  id: 'request-property-min-items-increased',
  event: 'MinItemsChanged',
  level: 'breaking',
  description: 'A request body array requires more items than before.',
  rationale: 'Clients that send short lists that used to be valid are rejected.',
  fix: 'Keep the old minimum during a transition.',
  applies: (e) => e.area === 'request-body' && e.narrowed,
  message: (e) => `minItems of ${where(e)} changed from ${fromTo(e.from, e.to)}`,
  fixtures: {
    triggers: { name: 'raising minItems of a request array rejects short lists', base: inRequest(withKind('{ type: array, items: { type: string }, minItems: 1 }')), revision: inRequest(withKind('{ type: array, items: { type: string }, minItems: 2 }')) },
    passes: { name: 'raising minItems of a response array is safe', base: inResponse(withKind('{ type: array, items: { type: string }, minItems: 1 }')), revision: inResponse(withKind('{ type: array, items: { type: string }, minItems: 2 }')) },
  },
});
