import { defineCheck } from '../check.js';
import { fromTo, where } from '../describe.js';
import { inRequest, inResponse, withKind } from '../fixture.js';

export default defineCheck({
  id: 'request-property-max-items-increased',
  event: 'MaxItemsChanged',
  level: 'info',
  description: 'A request body array accepts more items than before.',
  rationale: 'Every valid request stays valid.',
  fix: 'Nothing to do.',
  applies: (e) => e.area === 'request-body' && !e.narrowed,
  message: (e) => `maxItems of ${where(e)} changed from ${fromTo(e.from, e.to)}`,
  fixtures: {
    triggers: { name: 'raising maxItems of a request array is information', base: inRequest(withKind('{ type: array, items: { type: string }, maxItems: 5 }')), revision: inRequest(withKind('{ type: array, items: { type: string }, maxItems: 10 }')) },
    passes: { name: 'raising it in a response is judged by the response check', base: inResponse(withKind('{ type: array, items: { type: string }, maxItems: 5 }')), revision: inResponse(withKind('{ type: array, items: { type: string }, maxItems: 10 }')) },
  },
});
