import { defineCheck } from '../check.js';
import { where } from '../describe.js';
import { inResponse, withKind } from '../fixture.js';

export default defineCheck({
  id: 'response-property-format-specialized',
  event: 'FormatChanged',
  level: 'info',
  description: 'A response property now returns a narrower format.',
  rationale: 'Clients already accept every value of the narrower format.',
  fix: 'Nothing to do.',
  applies: (e) => e.area === 'response-body' && e.narrowed,
  message: (e) => `${where(e)} narrowed format from ${e.from ?? 'none'} to ${e.to ?? 'none'}`,
  fixtures: {
    triggers: { name: 'narrowing a response property from int64 to int32 is information', base: inResponse(withKind('{ type: integer, format: int64 }')), revision: inResponse(withKind('{ type: integer, format: int32 }')) },
    passes: { name: 'widening is not a specialisation', base: inResponse(withKind('{ type: integer, format: int32 }')), revision: inResponse(withKind('{ type: integer, format: int64 }')) },
  },
});
