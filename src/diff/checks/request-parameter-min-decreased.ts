import { defineCheck } from '../check.js';
import { boundFromTo, where } from '../describe.js';

export default defineCheck({
  id: 'request-parameter-min-decreased',
  event: 'MinimumChanged',
  level: 'info',
  description: 'A request parameter accepts a lower minimum than before.',
  rationale: 'Every valid request stays valid.',
  fix: 'Nothing to do.',
  applies: (e) => e.parameter !== undefined && !e.narrowed,
  message: (e) => `minimum of ${where(e)} changed from ${boundFromTo(e)}`,
  examples: {
    bad: {
      name: 'lowering a parameter minimum is information',
      base: 'parameters: [{ name: kind, in: query, required: false, schema: { type: integer, minimum: 1 } }]',
      revision: 'parameters: [{ name: kind, in: query, required: false, schema: { type: integer, minimum: 0 } }]',
    },
    good: {
      name: 'raising it is not a decrease',
      base: 'parameters: [{ name: kind, in: query, required: false, schema: { type: integer, minimum: 0 } }]',
      revision: 'parameters: [{ name: kind, in: query, required: false, schema: { type: integer, minimum: 1 } }]',
    },
  },
});
