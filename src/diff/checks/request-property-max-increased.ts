import { defineCheck } from '../check.js';
import { fromTo, where } from '../describe.js';
import { inRequest, inResponse, withKind } from '../fixture.js';

export default defineCheck({
  id: 'request-property-max-increased',
  event: 'MaximumChanged',
  level: 'info',
  description: 'A request body property accepts a higher maximum than before.',
  rationale: 'Every valid request stays valid.',
  fix: 'Nothing to do.',
  applies: (e) => e.area === 'request-body' && !e.narrowed,
  message: (e) => `maximum of ${where(e)} changed from ${fromTo(e.from, e.to)}`,
  fixtures: {
    triggers: { name: 'raising a request property maximum is information', base: inRequest(withKind('{ type: integer, maximum: 50 }')), revision: inRequest(withKind('{ type: integer, maximum: 100 }')) },
    passes: { name: 'raising it in a response is judged by the response check', base: inResponse(withKind('{ type: integer, maximum: 50 }')), revision: inResponse(withKind('{ type: integer, maximum: 100 }')) },
  },
});
