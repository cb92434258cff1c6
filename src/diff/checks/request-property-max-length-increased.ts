import { defineCheck } from '../check.js';
import { fromTo, where } from '../describe.js';
import { inRequest, inResponse, withKind } from '../fixture.js';

export default defineCheck({
  id: 'request-property-max-length-increased',
  event: 'MaxLengthChanged',
  level: 'info',
  description: 'A request body property accepts longer strings than before.',
  rationale: 'Every valid request stays valid.',
  fix: 'Nothing to do.',
  applies: (e) => e.area === 'request-body' && !e.narrowed,
  message: (e) => `maxLength of ${where(e)} changed from ${fromTo(e.from, e.to)}`,
  fixtures: {
    triggers: { name: 'raising maxLength of a request property is information', base: inRequest(withKind('{ type: string, maxLength: 5 }')), revision: inRequest(withKind('{ type: string, maxLength: 10 }')) },
    passes: { name: 'raising it in a response is judged by the response check', base: inResponse(withKind('{ type: string, maxLength: 5 }')), revision: inResponse(withKind('{ type: string, maxLength: 10 }')) },
  },
});
