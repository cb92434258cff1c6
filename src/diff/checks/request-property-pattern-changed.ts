import { defineCheck } from '../check.js';
import { where } from '../describe.js';
import { inRequest, inResponse, withKind } from '../fixture.js';

export default defineCheck({
  id: 'request-property-pattern-changed',
  event: 'PatternChanged',
  level: 'warn',
  description: 'A request body property changed its pattern.',
  rationale: 'A narrower pattern rejects values clients send today.',
  fix: 'Make sure the new pattern accepts every value the old one did.',
  applies: (e) => e.area === 'request-body' && e.from !== undefined && e.to !== undefined,
  message: (e) => `${where(e)} pattern changed from ${e.from} to ${e.to}`,
  fixtures: {
    triggers: { name: 'changing a request property pattern is a warning', base: inRequest(withKind('{ type: string, pattern: "^[a-z]+$" }')), revision: inRequest(withKind('{ type: string, pattern: "^[a-z0-9]+$" }')) },
    passes: { name: 'changing a response property pattern is judged by the response check', base: inResponse(withKind('{ type: string, pattern: "^[a-z]+$" }')), revision: inResponse(withKind('{ type: string, pattern: "^[a-z0-9]+$" }')) },
  },
});
