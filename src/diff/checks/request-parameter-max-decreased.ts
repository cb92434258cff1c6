import { defineCheck } from '../check.js';
import { boundFromTo, where } from '../describe.js';

export default defineCheck({
  id: 'request-parameter-max-decreased',
  event: 'MaximumChanged',
  level: 'breaking',
  description: 'A request parameter accepts a lower maximum than before (or a maximum where there was none).',
  rationale: 'Clients that send values above the new maximum are rejected (a page size of 100 that now fails).',
  fix: 'Clamp larger values on the server instead of rejecting them.',
  applies: (e) => e.parameter !== undefined && e.narrowed,
  message: (e) => `maximum of ${where(e)} changed from ${boundFromTo(e)}`,
  examples: {
    bad: {
      name: 'lowering the maximum page size rejects what clients send',
      base: 'parameters: [{ name: kind, in: query, required: false, schema: { type: integer, maximum: 100 } }]',
      revision: 'parameters: [{ name: kind, in: query, required: false, schema: { type: integer, maximum: 50 } }]',
    },
    good: {
      name: 'raising the maximum accepts everything it did',
      base: 'parameters: [{ name: kind, in: query, required: false, schema: { type: integer, maximum: 50 } }]',
      revision: 'parameters: [{ name: kind, in: query, required: false, schema: { type: integer, maximum: 100 } }]',
    },
  },
});
