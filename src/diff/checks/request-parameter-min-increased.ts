import { defineCheck } from '../check.js';
import { boundFromTo, where } from '../describe.js';

export default defineCheck({
  id: 'request-parameter-min-increased',
  event: 'MinimumChanged',
  level: 'breaking',
  description: 'A request parameter accepts a higher minimum than before (or a minimum where there was none).',
  rationale: 'Clients that send values below the new minimum are rejected (an offset of 0 that now fails).',
  fix: 'Keep the old minimum and clamp on the server.',
  applies: (e) => e.parameter !== undefined && e.narrowed,
  message: (e) => `minimum of ${where(e)} changed from ${boundFromTo(e)}`,
  examples: {
    bad: {
      name: 'raising a parameter minimum from 0 to 1 rejects zero',
      base: 'parameters: [{ name: kind, in: query, required: false, schema: { type: integer, minimum: 0 } }]',
      revision: 'parameters: [{ name: kind, in: query, required: false, schema: { type: integer, minimum: 1 } }]',
    },
    good: {
      name: 'lowering the minimum accepts everything it did',
      base: 'parameters: [{ name: kind, in: query, required: false, schema: { type: integer, minimum: 1 } }]',
      revision: 'parameters: [{ name: kind, in: query, required: false, schema: { type: integer, minimum: 0 } }]',
    },
  },
});
