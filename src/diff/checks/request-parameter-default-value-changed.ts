import { defineCheck } from '../check.js';
import { fromTo, where } from '../describe.js';

export default defineCheck({
  id: 'request-parameter-default-value-changed',
  event: 'DefaultChanged',
  level: 'warn',
  description: 'A request parameter has a different default value.',
  rationale: 'Clients that omit the parameter silently get different behaviour (a bigger page, another sort order).',
  fix: 'Keep the old default; let clients opt in to the new value explicitly.',
  applies: (e) => e.parameter !== undefined,
  message: (e) => `${where(e)} default changed from ${fromTo(e.from, e.to)}`,
  examples: {
    bad: {
      name: 'changing the default page size changes behaviour for clients that omit it',
      base: 'parameters: [{ name: kind, in: query, required: false, schema: { type: integer, default: 20 } }]',
      revision: 'parameters: [{ name: kind, in: query, required: false, schema: { type: integer, default: 50 } }]',
    },
    good: { name: 'an unchanged default is not reported', base: '', revision: '' },
  },
});
