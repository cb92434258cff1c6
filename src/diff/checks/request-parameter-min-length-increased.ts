import { defineCheck } from '../check.js';
import { fromTo, where } from '../describe.js';

export default defineCheck({
  id: 'request-parameter-min-length-increased',
  event: 'MinLengthChanged',
  level: 'breaking',
  description: 'A request parameter requires longer strings than before.',
  rationale: 'Clients that send short values that used to be valid are rejected.',
  fix: 'Keep the old minimum; validate the stricter rule only for new clients.',
  applies: (e) => e.parameter !== undefined && e.narrowed,
  message: (e) => `minLength of ${where(e)} changed from ${fromTo(e.from, e.to)}`,
  examples: {
    bad: {
      name: 'raising minLength of a query parameter rejects short values',
      base: 'parameters: [{ name: kind, in: query, required: false, schema: { type: string, minLength: 2 } }]',
      revision: 'parameters: [{ name: kind, in: query, required: false, schema: { type: string, minLength: 5 } }]',
    },
    good: {
      name: 'lowering minLength accepts everything it did',
      base: 'parameters: [{ name: kind, in: query, required: false, schema: { type: string, minLength: 5 } }]',
      revision: 'parameters: [{ name: kind, in: query, required: false, schema: { type: string, minLength: 2 } }]',
    },
  },
});
