import { defineCheck } from '../check.js';
import { where } from '../describe.js';
import { inQuery } from '../fixture.js';

export default defineCheck({
  id: 'request-parameter-pattern-added',
  event: 'PatternChanged',
  level: 'warn',
  description: 'A request parameter gained a pattern.',
  rationale: 'Values that do not match are now rejected; whether clients send such values cannot be known from the contract.',
  fix: 'Check logs for values that would fail the pattern before enforcing it.',
  applies: (e) => e.parameter !== undefined && e.from === undefined && e.to !== undefined,
  message: (e) => `${where(e)} now must match ${e.to}`,
  fixtures: {
    triggers: { name: 'adding a pattern to a query parameter may reject values clients send', base: inQuery('{ type: string }'), revision: inQuery('{ type: string, pattern: "^[a-z]+$" }') },
    passes: { name: 'removing a pattern is not adding one', base: inQuery('{ type: string, pattern: "^[a-z]+$" }'), revision: inQuery('{ type: string }') },
  },
});
