import { defineCheck } from '../check.js';
import { fromTo, where } from '../describe.js';
import { inResponse, withKind } from '../fixture.js';

export default defineCheck({
  id: 'response-property-max-decreased',
  event: 'MaximumChanged',
  level: 'info',
  description: 'A response property returns a lower maximum than before.',
  rationale: 'Clients already accept the smaller range.',
  fix: 'Nothing to do.',
  applies: (e) => e.area === 'response-body' && e.narrowed,
  message: (e) => `maximum of ${where(e)} changed from ${fromTo(e.from, e.to)}`,
  fixtures: {
    triggers: { name: 'lowering a response maximum is information', base: inResponse(withKind('{ type: integer, maximum: 100 }')), revision: inResponse(withKind('{ type: integer, maximum: 50 }')) },
    passes: { name: 'raising it is not a decrease', base: inResponse(withKind('{ type: integer, maximum: 50 }')), revision: inResponse(withKind('{ type: integer, maximum: 100 }')) },
  },
});
