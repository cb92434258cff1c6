import { defineCheck } from '../check.js';
import { fromTo, where } from '../describe.js';
import { inRequest, inResponse, withKind } from '../fixture.js';

export default defineCheck({
  id: 'request-property-max-items-decreased',
  event: 'MaxItemsChanged',
  level: 'breaking',
  description: 'A request body array accepts fewer items than before.',
  rationale: 'Clients that send more items than the new limit are rejected.',
  fix: 'Keep the old limit, or split large requests on the server.',
  applies: (e) => e.area === 'request-body' && e.narrowed,
  message: (e) => `maxItems of ${where(e)} changed from ${fromTo(e.from, e.to)}`,
  fixtures: {
    triggers: { name: 'lowering maxItems of a request array rejects longer lists', base: inRequest(withKind('{ type: array, items: { type: string }, maxItems: 10 }')), revision: inRequest(withKind('{ type: array, items: { type: string }, maxItems: 5 }')) },
    passes: { name: 'lowering maxItems of a response array is safe', base: inResponse(withKind('{ type: array, items: { type: string }, maxItems: 10 }')), revision: inResponse(withKind('{ type: array, items: { type: string }, maxItems: 5 }')) },
  },
});
