import { defineCheck } from '../check.js';
import { where } from '../describe.js';
import { inRequest, withKind } from '../fixture.js';

export default defineCheck({
  id: 'request-property-pattern-removed',
  event: 'PatternChanged',
  level: 'info',
  description: 'A request body property dropped its pattern.',
  rationale: 'Every valid request stays valid.',
  fix: 'Nothing to do.',
  applies: (e) => e.area === 'request-body' && e.to === undefined,
  message: (e) => `${where(e)} no longer has a pattern (was ${e.from})`,
  fixtures: {
    triggers: { name: 'removing a request property pattern is information', base: inRequest(withKind('{ type: string, pattern: "^[a-z]+$" }')), revision: inRequest(withKind('{ type: string }')) },
    passes: { name: 'adding one is not a removal', base: inRequest(withKind('{ type: string }')), revision: inRequest(withKind('{ type: string, pattern: "^[a-z]+$" }')) },
  },
});
