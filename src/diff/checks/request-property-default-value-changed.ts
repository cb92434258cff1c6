import { defineCheck } from '../check.js';
import { fromTo, where } from '../describe.js';
import { inRequest, inResponse, withKind } from '../fixture.js';

export default defineCheck({
  id: 'request-property-default-value-changed',
  event: 'DefaultChanged',
  level: 'warn',
  description: 'A request body property has a different default value.',
  rationale: 'Clients that omit the property silently get different behaviour.',
  fix: 'Keep the old default; let clients opt in to the new value explicitly.',
  applies: (e) => e.area === 'request-body',
  message: (e) => `${where(e)} default changed from ${fromTo(e.from, e.to)}`,
  fixtures: {
    triggers: { name: 'changing a request property default changes behaviour for clients that omit it', base: inRequest(withKind('{ type: integer, default: 20 }')), revision: inRequest(withKind('{ type: integer, default: 50 }')) },
    passes: { name: 'a default changed in a response schema does not change requests', base: inResponse(withKind('{ type: integer, default: 20 }')), revision: inResponse(withKind('{ type: integer, default: 50 }')) },
  },
});
