import { defineCheck } from '../check.js';
import { where } from '../describe.js';

export default defineCheck({
  id: 'request-parameter-pattern-removed',
  event: 'PatternChanged',
  level: 'info',
  description: 'A request parameter dropped its pattern.',
  rationale: 'Every valid request stays valid.',
  fix: 'Nothing to do.',
  applies: (e) => e.parameter !== undefined && e.to === undefined,
  message: (e) => `${where(e)} no longer has a pattern (was ${e.from})`,
  examples: {
    bad: {
      name: 'removing a parameter pattern is information',
      base: 'parameters: [{ name: kind, in: query, required: false, schema: { type: string, pattern: "^[a-z]+$" } }]',
      revision: 'parameters: [{ name: kind, in: query, required: false, schema: { type: string } }]',
    },
    good: {
      name: 'adding one is not a removal',
      base: 'parameters: [{ name: kind, in: query, required: false, schema: { type: string } }]',
      revision: 'parameters: [{ name: kind, in: query, required: false, schema: { type: string, pattern: "^[a-z]+$" } }]',
    },
  },
});
