import { defineCheck } from '../check.js';
import { where } from '../describe.js';
import { inRequest, inResponse, withKind } from '../fixture.js';

export default defineCheck({
  id: 'request-property-unique-items-added',
  event: 'UniqueItemsChanged',
  level: 'breaking',
  description: 'A request body array now rejects duplicate items.',
  rationale: 'Clients that send duplicates are rejected.',
  fix: 'De-duplicate on the server instead of rejecting.',
  applies: (e) => e.area === 'request-body' && e.to,
  message: (e) => `${where(e)} now requires unique items`,
  fixtures: {
    triggers: { name: 'requiring unique items in a request array rejects duplicates', base: inRequest(withKind('{ type: array, items: { type: string } }')), revision: inRequest(withKind('{ type: array, items: { type: string }, uniqueItems: true }')) },
    passes: { name: 'requiring unique items in a response array is safe', base: inResponse(withKind('{ type: array, items: { type: string } }')), revision: inResponse(withKind('{ type: array, items: { type: string }, uniqueItems: true }')) },
  },
});
