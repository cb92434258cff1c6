import { defineCheck } from '../check.js';
import { fromTo, where } from '../describe.js';
import { inRequest, inResponse, withKind } from '../fixture.js';

export default defineCheck({
  id: 'request-property-min-increased',
  event: 'MinimumChanged',
  level: 'breaking',
  description: 'A request body property accepts a higher minimum than before.',
  rationale: 'Clients that send values below the new minimum are rejected.',
  fix: 'Keep the old minimum and clamp on the server.',
  applies: (e) => e.area === 'request-body' && e.narrowed,
  message: (e) => `minimum of ${where(e)} changed from ${fromTo(e.from, e.to)}`,
  fixtures: {
    triggers: { name: 'raising a request property minimum rejects smaller values', base: inRequest(withKind('{ type: integer, minimum: 0 }')), revision: inRequest(withKind('{ type: integer, minimum: 1 }')) },
    passes: { name: 'raising a response property minimum is safe for clients', base: inResponse(withKind('{ type: integer, minimum: 0 }')), revision: inResponse(withKind('{ type: integer, minimum: 1 }')) },
  },
});
