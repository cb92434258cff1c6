import { defineCheck } from '../check.js';
import { fromTo, where } from '../describe.js';
import { inRequest, inResponse, withKind } from '../fixture.js';

export default defineCheck({
  id: 'request-property-max-decreased',
  event: 'MaximumChanged',
  level: 'breaking',
  description: 'A request body property accepts a lower maximum than before.',
  rationale: 'Clients that send values above the new maximum are rejected.',
  fix: 'Clamp larger values on the server during a transition.',
  applies: (e) => e.area === 'request-body' && e.narrowed,
  message: (e) => `maximum of ${where(e)} changed from ${fromTo(e.from, e.to)}`,
  fixtures: {
    triggers: { name: 'lowering a request property maximum rejects larger values', base: inRequest(withKind('{ type: integer, maximum: 100 }')), revision: inRequest(withKind('{ type: integer, maximum: 50 }')) },
    passes: { name: 'lowering a response property maximum is safe for clients', base: inResponse(withKind('{ type: integer, maximum: 100 }')), revision: inResponse(withKind('{ type: integer, maximum: 50 }')) },
  },
});
