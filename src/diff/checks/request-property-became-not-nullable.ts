import { defineCheck } from '../check.js';
import { where } from '../describe.js';
import { inRequest, inResponse, withKind } from '../fixture.js';

export default defineCheck({
  id: 'request-property-became-not-nullable',
  event: 'NullableChanged',
  level: 'breaking',
  description: 'A request body property stopped accepting null.',
  rationale: 'Clients that send null (to clear a value) are rejected.',
  fix: 'Keep accepting null and treat it as before.',
  applies: (e) => e.area === 'request-body' && !e.to,
  message: (e) => `${where(e)} no longer accepts null`,
  fixtures: {
    triggers: { name: 'a request property that stops accepting null breaks clients that send it', base: inRequest(withKind('{ type: string, nullable: true }')), revision: inRequest(withKind('{ type: string }')) },
    passes: { name: 'a response property that stops returning null is safe', base: inResponse(withKind('{ type: string, nullable: true }')), revision: inResponse(withKind('{ type: string }')) },
  },
});
