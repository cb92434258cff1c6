import { defineCheck } from '../check.js';
import { where } from '../describe.js';
import { inRequest, inResponse, withKind } from '../fixture.js';

export default defineCheck({
  id: 'request-property-became-nullable',
  event: 'NullableChanged',
  level: 'info',
  description: 'A request body property accepts null.',
  rationale: 'Every valid request stays valid.',
  fix: 'Nothing to do.',
  applies: (e) => e.area === 'request-body' && e.to,
  message: (e) => `${where(e)} now accepts null`,
  fixtures: {
    triggers: { name: 'a request property that accepts null is information', base: inRequest(withKind('{ type: string }')), revision: inRequest(withKind('{ type: string, nullable: true }')) },
    passes: { name: 'a response property that may be null is judged by the response check', base: inResponse(withKind('{ type: string }')), revision: inResponse(withKind('{ type: string, nullable: true }')) },
  },
});
