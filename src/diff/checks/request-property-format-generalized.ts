import { defineCheck } from '../check.js';
import { where } from '../describe.js';
import { inRequest, withKind } from '../fixture.js';

export default defineCheck({
  id: 'request-property-format-generalized',
  event: 'FormatChanged',
  level: 'info',
  description: 'A request body property widened or dropped its format.',
  rationale: 'Old requests stay valid.',
  fix: 'Nothing to do.',
  applies: (e) => e.area === 'request-body' && e.widened,
  message: (e) => `${where(e)} widened format from ${e.from ?? 'none'} to ${e.to ?? 'none'}`,
  fixtures: {
    triggers: { name: 'dropping date-time from a request property is information', base: inRequest(withKind('{ type: string, format: date-time }')), revision: inRequest(withKind('{ type: string }')) },
    passes: { name: 'adding a format is not a generalisation', base: inRequest(withKind('{ type: string }')), revision: inRequest(withKind('{ type: string, format: date-time }')) },
  },
});
