import { defineCheck } from '../check.js';
import { fromTo, where } from '../describe.js';

export default defineCheck({
  id: 'request-parameter-max-length-decreased',
  event: 'MaxLengthChanged',
  level: 'breaking',
  description: 'A request parameter accepts shorter strings than before (maxLength lowered or added).',
  rationale: 'Clients that send values up to the old limit are rejected.',
  fix: 'Keep the old limit, or truncate on the server while clients migrate.',
  applies: (e) => e.parameter !== undefined && e.narrowed,
  message: (e) => `maxLength of ${where(e)} changed from ${fromTo(e.from, e.to)}`,
  examples: {
    bad: {
      name: 'lowering maxLength of a query parameter rejects longer values clients send',
      base: 'parameters: [{ name: kind, in: query, required: false, schema: { type: string, maxLength: 10 } }]',
      revision: 'parameters: [{ name: kind, in: query, required: false, schema: { type: string, maxLength: 5 } }]',
    },
    good: {
      name: 'raising maxLength accepts everything it did',
      base: 'parameters: [{ name: kind, in: query, required: false, schema: { type: string, maxLength: 5 } }]',
      revision: 'parameters: [{ name: kind, in: query, required: false, schema: { type: string, maxLength: 10 } }]',
    },
  },
});
