import { defineCheck } from '../check.js';
import { fromTo, where } from '../describe.js';
import { inRequest, inResponse, withKind } from '../fixture.js';

export default defineCheck({
  id: 'request-property-min-length-increased',
  event: 'MinLengthChanged',
  level: 'breaking',
  description: 'A request body property requires longer strings than before.',
  rationale: 'Clients that send short values that used to be valid are rejected.',
  fix: 'Keep the old minimum during a transition.',
  applies: (e) => e.area === 'request-body' && e.narrowed,
  message: (e) => `minLength of ${where(e)} changed from ${fromTo(e.from, e.to)}`,
  fixtures: {
    triggers: { name: 'raising minLength of a request property rejects short values', base: inRequest(withKind('{ type: string, minLength: 2 }')), revision: inRequest(withKind('{ type: string, minLength: 5 }')) },
    passes: { name: 'raising minLength of a response property is safe for clients', base: inResponse(withKind('{ type: string, minLength: 2 }')), revision: inResponse(withKind('{ type: string, minLength: 5 }')) },
  },
});
