import { defineCheck } from '../check.js';
import { fromTo, where } from '../describe.js';
import { inRequest, inResponse, withKind } from '../fixture.js';

export default defineCheck({
  id: 'request-property-min-length-decreased',
  event: 'MinLengthChanged',
  level: 'info',
  description: 'A request body property accepts shorter strings than before.',
  rationale: 'Every valid request stays valid.',
  fix: 'Nothing to do.',
  applies: (e) => e.area === 'request-body' && !e.narrowed,
  message: (e) => `minLength of ${where(e)} changed from ${fromTo(e.from, e.to)}`,
  fixtures: {
    triggers: { name: 'lowering minLength of a request property is information', base: inRequest(withKind('{ type: string, minLength: 5 }')), revision: inRequest(withKind('{ type: string, minLength: 2 }')) },
    passes: { name: 'lowering it in a response is judged by the response check', base: inResponse(withKind('{ type: string, minLength: 5 }')), revision: inResponse(withKind('{ type: string, minLength: 2 }')) },
  },
});
