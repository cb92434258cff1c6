import { defineCheck } from '../check.js';
import { where } from '../describe.js';
import { inRequest, inResponse, withKind } from '../fixture.js';

export default defineCheck({
  id: 'request-property-pattern-added',
  event: 'PatternChanged',
  level: 'warn',
  description: 'A request body property gained a pattern.',
  rationale: 'Values that do not match are now rejected.',
  fix: 'Check logs for values that would fail the pattern before enforcing it.',
  applies: (e) => e.area === 'request-body' && e.from === undefined && e.to !== undefined,
  message: (e) => `${where(e)} now must match ${e.to}`,
  fixtures: {
    triggers: { name: 'adding a pattern to a request property may reject values', base: inRequest(withKind('{ type: string }')), revision: inRequest(withKind('{ type: string, pattern: "^[a-z]+$" }')) },
    passes: { name: 'adding a pattern to a response property only narrows what clients receive', base: inResponse(withKind('{ type: string }')), revision: inResponse(withKind('{ type: string, pattern: "^[a-z]+$" }')) },
  },
});
