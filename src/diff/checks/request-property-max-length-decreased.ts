import { defineCheck } from '../check.js';
import { fromTo, where } from '../describe.js';
import { inRequest, inResponse, withKind } from '../fixture.js';

export default defineCheck({
  id: 'request-property-max-length-decreased',
  event: 'MaxLengthChanged',
  level: 'breaking',
  description: 'A request body property accepts shorter strings than before.',
  rationale: 'Clients that send values up to the old limit are rejected.',
  fix: 'Keep the old limit, or accept and truncate while clients migrate.',
  applies: (e) => e.area === 'request-body' && e.narrowed,
  message: (e) => `maxLength of ${where(e)} changed from ${fromTo(e.from, e.to)}`,
  fixtures: {
    triggers: { name: 'lowering maxLength of a request property rejects longer values', base: inRequest(withKind('{ type: string, maxLength: 10 }')), revision: inRequest(withKind('{ type: string, maxLength: 5 }')) },
    passes: { name: 'lowering maxLength of a response property returns only values clients accept', base: inResponse(withKind('{ type: string, maxLength: 10 }')), revision: inResponse(withKind('{ type: string, maxLength: 5 }')) },
  },
});
