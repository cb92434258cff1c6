import { defineCheck } from '../check.js';
import { where } from '../describe.js';

export default defineCheck({
  id: 'request-parameter-type-changed',
  event: 'TypeChanged',
  level: 'breaking',
  description: 'A request parameter changed to a type that does not accept every value it accepted before.',
  rationale: 'Clients keep sending values of the old type; the server now rejects or misreads them.',
  fix: 'Accept both types during a transition (a union or a wider type), then deprecate the old form.',
  applies: (e) => e.parameter !== undefined && !e.widened,
  // A change that is not a widening states a type: no type (any) would widen.
  message: (e) => `${where(e)} changed type from ${e.from.join('|') || 'any'} to ${e.to.join('|')}`,
  examples: {
    bad: {
      name: 'changing a query parameter from string to integer rejects what clients send',
      base: 'parameters: [{ name: kind, in: query, required: false, schema: { type: string } }]',
      revision: 'parameters: [{ name: kind, in: query, required: false, schema: { type: integer } }]',
    },
    good: {
      name: 'widening a query parameter from integer to number accepts everything it did',
      base: 'parameters: [{ name: kind, in: query, required: false, schema: { type: integer } }]',
      revision: 'parameters: [{ name: kind, in: query, required: false, schema: { type: number } }]',
    },
  },
});
