import { defineCheck } from '../check.js';
import { where } from '../describe.js';

export default defineCheck({
  id: 'request-parameter-type-generalized',
  event: 'TypeChanged',
  level: 'info',
  description: 'A request parameter widened its type so it accepts more values.',
  rationale: 'Every value that was valid stays valid, so no client breaks; recorded so reviewers see the surface grow.',
  fix: 'Nothing to do; document the newly accepted values.',
  applies: (e) => e.parameter !== undefined && e.widened,
  // A widening started from a stated type: nothing is wider than no type (any).
  message: (e) => `${where(e)} now accepts type ${e.to.join('|') || 'any'} (was ${e.from.join('|')})`,
  examples: {
    bad: {
      name: 'widening a query parameter from integer to number is reported as information',
      base: 'parameters: [{ name: kind, in: query, required: false, schema: { type: integer } }]',
      revision: 'parameters: [{ name: kind, in: query, required: false, schema: { type: number } }]',
    },
    good: {
      name: 'narrowing a query parameter from number to integer is not a generalisation',
      base: 'parameters: [{ name: kind, in: query, required: false, schema: { type: number } }]',
      revision: 'parameters: [{ name: kind, in: query, required: false, schema: { type: integer } }]',
    },
  },
});
