import { defineCheck } from '../check.js';
import { boundFromTo, where } from '../describe.js';

export default defineCheck({
  id: 'request-parameter-max-increased',
  event: 'MaximumChanged',
  level: 'info',
  description: 'A request parameter accepts a higher maximum than before.',
  rationale: 'Every valid request stays valid.',
  fix: 'Nothing to do.',
  applies: (e) => e.parameter !== undefined && !e.narrowed,
  message: (e) => `maximum of ${where(e)} changed from ${boundFromTo(e)}`,
  examples: {
    bad: {
      name: 'raising a parameter maximum is information',
      base: 'parameters: [{ name: kind, in: query, required: false, schema: { type: integer, maximum: 50 } }]',
      revision: 'parameters: [{ name: kind, in: query, required: false, schema: { type: integer, maximum: 100 } }]',
    },
    good: {
      name: 'lowering it is not an increase',
      base: 'parameters: [{ name: kind, in: query, required: false, schema: { type: integer, maximum: 100 } }]',
      revision: 'parameters: [{ name: kind, in: query, required: false, schema: { type: integer, maximum: 50 } }]',
    },
  },
});
