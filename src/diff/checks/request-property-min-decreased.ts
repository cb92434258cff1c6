import { defineCheck } from '../check.js';
import { fromTo, where } from '../describe.js';
import { inRequest, inResponse, withKind } from '../fixture.js';

export default defineCheck({
  id: 'request-property-min-decreased',
  event: 'MinimumChanged',
  level: 'info',
  description: 'A request body property accepts a lower minimum than before.',
  rationale: 'Every valid request stays valid.',
  fix: 'Nothing to do.',
  applies: (e) => e.area === 'request-body' && !e.narrowed,
  message: (e) => `minimum of ${where(e)} changed from ${fromTo(e.from, e.to)}`,
  fixtures: {
    triggers: { name: 'lowering a request property minimum is information', base: inRequest(withKind('{ type: integer, minimum: 1 }')), revision: inRequest(withKind('{ type: integer, minimum: 0 }')) },
    passes: { name: 'lowering it in a response is judged by the response check', base: inResponse(withKind('{ type: integer, minimum: 1 }')), revision: inResponse(withKind('{ type: integer, minimum: 0 }')) },
  },
});
