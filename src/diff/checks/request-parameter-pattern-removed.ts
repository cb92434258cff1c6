import { defineCheck } from '../check.js';
import { where } from '../describe.js';
import { inQuery } from '../fixture.js';

export default defineCheck({
  id: 'request-parameter-pattern-removed',
  event: 'PatternChanged',
  level: 'info',
  description: 'A request parameter dropped its pattern.',
  rationale: 'Every valid request stays valid.',
  fix: 'Nothing to do.',
  applies: (e) => e.parameter !== undefined && e.to === undefined,
  message: (e) => `${where(e)} no longer has a pattern (was ${e.from})`,
  fixtures: {
    triggers: { name: 'removing a parameter pattern is information', base: inQuery('{ type: string, pattern: "^[a-z]+$" }'), revision: inQuery('{ type: string }') },
    passes: { name: 'adding one is not a removal', base: inQuery('{ type: string }'), revision: inQuery('{ type: string, pattern: "^[a-z]+$" }') },
  },
});
