import { defineCheck } from '../check.js';
import { fromTo, where } from '../describe.js';

export default defineCheck({
  id: 'request-parameter-min-items-increased',
  event: 'MinItemsChanged',
  level: 'breaking',
  description: 'A request parameter requires more array items than before.',
  rationale: 'Clients that send short lists that used to be valid are rejected.',
  fix: 'Keep the old minimum during a transition.',
  applies: (e) => e.parameter !== undefined && e.narrowed,
  message: (e) => `minItems of ${where(e)} changed from ${fromTo(e.from, e.to)}`,
  examples: {
    bad: {
      name: 'raising minItems of an array query parameter rejects short lists',
      base: 'parameters: [{ name: kind, in: query, required: false, schema: { type: array, items: { type: string }, minItems: 1 } }]',
      revision: 'parameters: [{ name: kind, in: query, required: false, schema: { type: array, items: { type: string }, minItems: 2 } }]',
    },
    good: {
      name: 'lowering minItems accepts everything it did',
      base: 'parameters: [{ name: kind, in: query, required: false, schema: { type: array, items: { type: string }, minItems: 2 } }]',
      revision: 'parameters: [{ name: kind, in: query, required: false, schema: { type: array, items: { type: string }, minItems: 1 } }]',
    },
  },
});
