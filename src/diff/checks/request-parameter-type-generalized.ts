import { defineCheck } from '../check.js';
import { where } from '../describe.js';
import { inQuery } from '../fixture.js';

export default defineCheck({
  id: 'request-parameter-type-generalized',
  event: 'TypeChanged',
  level: 'info',
  description: 'A request parameter widened its type so it accepts more values.',
  rationale: 'Every value that was valid stays valid, so no client breaks; recorded so reviewers see the surface grow.',
  fix: 'Nothing to do; document the newly accepted values.',
  applies: (e) => e.parameter !== undefined && e.widened,
  message: (e) => `${where(e)} now accepts type ${e.to.join('|') || 'any'} (was ${e.from.join('|') || 'any'})`,
  fixtures: {
    triggers: { name: 'widening a query parameter from integer to number is reported as information', base: inQuery('{ type: integer }'), revision: inQuery('{ type: number }') },
    passes: { name: 'narrowing a query parameter from number to integer is not a generalisation', base: inQuery('{ type: number }'), revision: inQuery('{ type: integer }') },
  },
});
