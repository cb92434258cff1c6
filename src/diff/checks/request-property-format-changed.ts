import { defineCheck } from '../check.js';
import { where } from '../describe.js';
import { inRequest, inResponse, withKind } from '../fixture.js';

export default defineCheck({
  id: 'request-property-format-changed',
  event: 'FormatChanged',
  level: 'breaking',
  description: 'A request body property changed or added a format that rejects values it accepted before.',
  rationale: 'Requests that were valid fail validation.',
  fix: 'Accept both formats for a transition period.',
  applies: (e) => e.area === 'request-body' && !e.widened,
  message: (e) => `${where(e)} changed format from ${e.from ?? 'none'} to ${e.to ?? 'none'}`,
  fixtures: {
    triggers: { name: 'narrowing a request property from int64 to int32 rejects large values', base: inRequest(withKind('{ type: integer, format: int64 }')), revision: inRequest(withKind('{ type: integer, format: int32 }')) },
    passes: { name: 'the same narrowing in a response is safe for clients', base: inResponse(withKind('{ type: integer, format: int64 }')), revision: inResponse(withKind('{ type: integer, format: int32 }')) },
  },
});
