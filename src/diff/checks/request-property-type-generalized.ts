import { defineCheck } from '../check.js';
import { where } from '../describe.js';
import { inRequest, withKind } from '../fixture.js';

export default defineCheck({
  id: 'request-property-type-generalized',
  event: 'TypeChanged',
  level: 'info',
  description: 'A request body property widened its type.',
  rationale: 'Old requests stay valid; the server must now handle the wider range.',
  fix: 'Nothing to do for clients; make sure the server handles the new values.',
  applies: (e) => e.area === 'request-body' && e.widened,
  message: (e) => `${where(e)} now accepts type ${e.to.join('|') || 'any'} (was ${e.from.join('|') || 'any'})`,
  fixtures: {
    triggers: { name: 'widening a request property from integer to number is information', base: inRequest(withKind('{ type: integer }')), revision: inRequest(withKind('{ type: number }')) },
    passes: { name: 'narrowing a request property is not a generalisation', base: inRequest(withKind('{ type: number }')), revision: inRequest(withKind('{ type: integer }')) },
  },
});
