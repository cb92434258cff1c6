import { defineCheck } from '../check.js';
import { fromTo, where } from '../describe.js';
import { inRequest, inResponse, withKind } from '../fixture.js';

export default defineCheck({
  id: 'response-property-max-increased',
  event: 'MaximumChanged',
  level: 'warn',
  description: 'A response property may return larger numbers than before.',
  rationale: 'Clients that store the value in a narrower type or validate the documented range may fail.',
  fix: 'Announce the new range before returning larger values.',
  applies: (e) => e.area === 'response-body' && !e.narrowed,
  message: (e) => `maximum of ${where(e)} changed from ${fromTo(e.from, e.to)}`,
  fixtures: {
    triggers: { name: 'raising a response property maximum may overflow client types', base: inResponse(withKind('{ type: integer, maximum: 50 }')), revision: inResponse(withKind('{ type: integer, maximum: 100 }')) },
    passes: { name: 'raising a request property maximum is safe', base: inRequest(withKind('{ type: integer, maximum: 50 }')), revision: inRequest(withKind('{ type: integer, maximum: 100 }')) },
  },
});
