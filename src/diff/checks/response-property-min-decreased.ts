import { defineCheck } from '../check.js';
import { fromTo, where } from '../describe.js';
import { inRequest, inResponse, withKind } from '../fixture.js';

export default defineCheck({
  id: 'response-property-min-decreased',
  event: 'MinimumChanged',
  level: 'warn',
  description: 'A response property may return smaller numbers than before (zero or negatives).',
  rationale: 'Clients that divide by the value, index with it or store it unsigned may fail.',
  fix: 'Announce the new range before returning smaller values.',
  applies: (e) => e.area === 'response-body' && !e.narrowed,
  message: (e) => `minimum of ${where(e)} changed from ${fromTo(e.from, e.to)}`,
  fixtures: {
    triggers: { name: 'lowering a response property minimum may surprise clients', base: inResponse(withKind('{ type: integer, minimum: 1 }')), revision: inResponse(withKind('{ type: integer, minimum: 0 }')) },
    passes: { name: 'lowering a request property minimum is safe', base: inRequest(withKind('{ type: integer, minimum: 1 }')), revision: inRequest(withKind('{ type: integer, minimum: 0 }')) },
  },
});
