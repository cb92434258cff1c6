import { defineCheck } from '../check.js';
import { fromTo, where } from '../describe.js';

export default defineCheck({
  id: 'request-parameter-min-length-decreased',
  event: 'MinLengthChanged',
  level: 'info',
  description: 'A request parameter accepts shorter strings than before.',
  rationale: 'Every valid request stays valid.',
  fix: 'Nothing to do.',
  applies: (e) => e.parameter !== undefined && !e.narrowed,
  message: (e) => `minLength of ${where(e)} changed from ${fromTo(e.from, e.to)}`,
  examples: {
    bad: {
      name: 'lowering minLength of a query parameter is information',
      base: 'parameters: [{ name: kind, in: query, required: false, schema: { type: string, minLength: 5 } }]',
      revision: 'parameters: [{ name: kind, in: query, required: false, schema: { type: string, minLength: 2 } }]',
    },
    good: {
      name: 'raising it is not a decrease',
      base: 'parameters: [{ name: kind, in: query, required: false, schema: { type: string, minLength: 2 } }]',
      revision: 'parameters: [{ name: kind, in: query, required: false, schema: { type: string, minLength: 5 } }]',
    },
  },
});
