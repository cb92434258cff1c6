import { defineCheck } from '../check.js';
import { fromTo, where } from '../describe.js';

export default defineCheck({
  id: 'request-parameter-max-items-decreased',
  event: 'MaxItemsChanged',
  level: 'breaking',
  description: 'A request parameter accepts fewer array items than before.',
  rationale: 'Clients that send more items than the new limit are rejected.',
  fix: 'Keep the old limit, or process the request in batches on the server.',
  applies: (e) => e.parameter !== undefined && e.narrowed,
  message: (e) => `maxItems of ${where(e)} changed from ${fromTo(e.from, e.to)}`,
  examples: {
    bad: {
      name: 'lowering maxItems of an array query parameter rejects longer lists',
      base: 'parameters: [{ name: kind, in: query, required: false, schema: { type: array, items: { type: string }, maxItems: 10 } }]',
      revision: 'parameters: [{ name: kind, in: query, required: false, schema: { type: array, items: { type: string }, maxItems: 5 } }]',
    },
    good: {
      name: 'raising maxItems accepts everything it did',
      base: 'parameters: [{ name: kind, in: query, required: false, schema: { type: array, items: { type: string }, maxItems: 5 } }]',
      revision: 'parameters: [{ name: kind, in: query, required: false, schema: { type: array, items: { type: string }, maxItems: 10 } }]',
    },
  },
});
