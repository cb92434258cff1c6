import { defineCheck } from '../check.js';
import { where } from '../describe.js';
import { inRequest, inResponse, withKind } from '../fixture.js';

export default defineCheck({
  id: 'response-property-unique-items-removed',
  event: 'UniqueItemsChanged',
  level: 'warn',
  description: 'A response array may now contain duplicates.',
  rationale: 'Clients that load the array into a set or a keyed map lose or reject entries.',
  fix: 'Keep the items unique, or announce the change first.',
  applies: (e) => e.area === 'response-body' && !e.to,
  message: (e) => `${where(e)} may now contain duplicate items`,
  fixtures: {
    triggers: { name: 'dropping uniqueItems from a response array may surprise clients', base: inResponse(withKind('{ type: array, items: { type: string }, uniqueItems: true }')), revision: inResponse(withKind('{ type: array, items: { type: string } }')) },
    passes: { name: 'dropping uniqueItems from a request array is safe', base: inRequest(withKind('{ type: array, items: { type: string }, uniqueItems: true }')), revision: inRequest(withKind('{ type: array, items: { type: string } }')) },
  },
});
