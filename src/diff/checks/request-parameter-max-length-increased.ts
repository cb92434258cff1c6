import { defineCheck } from '../check.js';
import { fromTo, where } from '../describe.js';

export default defineCheck({
  id: 'request-parameter-max-length-increased',
  event: 'MaxLengthChanged',
  level: 'info',
  description: 'A request parameter accepts longer strings than before.',
  rationale: 'Every valid request stays valid.',
  fix: 'Nothing to do.',
  applies: (e) => e.parameter !== undefined && !e.narrowed,
  message: (e) => `maxLength of ${where(e)} changed from ${fromTo(e.from, e.to)}`,
  examples: {
    bad: {
      name: 'raising maxLength of a query parameter is information',
      base: 'parameters: [{ name: kind, in: query, required: false, schema: { type: string, maxLength: 5 } }]',
      revision: 'parameters: [{ name: kind, in: query, required: false, schema: { type: string, maxLength: 10 } }]',
    },
    good: {
      name: 'lowering it is not an increase',
      base: 'parameters: [{ name: kind, in: query, required: false, schema: { type: string, maxLength: 10 } }]',
      revision: 'parameters: [{ name: kind, in: query, required: false, schema: { type: string, maxLength: 5 } }]',
    },
  },
});
