import { defineCheck } from '../check.js';
import { where } from '../describe.js';

export default defineCheck({
  id: 'request-parameter-pattern-added',
  event: 'PatternChanged',
  level: 'warn',
  description: 'A request parameter gained a pattern.',
  rationale: 'Values that do not match are now rejected; whether clients send such values cannot be known from the contract.',
  fix: 'Check logs for values that would fail the pattern before enforcing it.',
  applies: (e) => e.parameter !== undefined && e.from === undefined,
  message: (e) => `${where(e)} now must match ${e.to}`,
  examples: {
    bad: {
      name: 'adding a pattern to a query parameter may reject values clients send',
      base: 'parameters: [{ name: kind, in: query, required: false, schema: { type: string } }]',
      revision: 'parameters: [{ name: kind, in: query, required: false, schema: { type: string, pattern: "^[a-z]+$" } }]',
    },
    good: {
      name: 'removing a pattern is not adding one',
      base: 'parameters: [{ name: kind, in: query, required: false, schema: { type: string, pattern: "^[a-z]+$" } }]',
      revision: 'parameters: [{ name: kind, in: query, required: false, schema: { type: string } }]',
    },
  },
});
