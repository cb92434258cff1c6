import { defineCheck } from '../check.js';
import { fromTo, where } from '../describe.js';
import { inResponse, withKind } from '../fixture.js';

export default defineCheck({
  id: 'response-property-max-length-decreased',
  event: 'MaxLengthChanged',
  level: 'info',
  description: 'A response property returns shorter strings than before.',
  rationale: 'Clients already accept the shorter values.',
  fix: 'Nothing to do.',
  applies: (e) => e.area === 'response-body' && e.narrowed,
  message: (e) => `maxLength of ${where(e)} changed from ${fromTo(e.from, e.to)}`,
  fixtures: {
    triggers: { name: 'lowering maxLength of a response property is information', base: inResponse(withKind('{ type: string, maxLength: 10 }')), revision: inResponse(withKind('{ type: string, maxLength: 5 }')) },
    passes: { name: 'raising it is not a decrease', base: inResponse(withKind('{ type: string, maxLength: 5 }')), revision: inResponse(withKind('{ type: string, maxLength: 10 }')) },
  },
});
