import { defineCheck } from '../check.js';
import { where } from '../describe.js';
import { inQuery } from '../fixture.js';

export default defineCheck({
  id: 'request-parameter-type-changed',
  event: 'TypeChanged',
  level: 'breaking',
  description: 'A request parameter changed to a type that does not accept every value it accepted before.',
  rationale: 'Clients keep sending values of the old type; the server now rejects or misreads them.',
  fix: 'Accept both types during a transition (a union or a wider type), then deprecate the old form.',
  applies: (e) => e.parameter !== undefined && !e.widened,
  message: (e) => `${where(e)} changed type from ${e.from.join('|') || 'any'} to ${e.to.join('|') || 'any'}`,
  fixtures: {
    triggers: { name: 'changing a query parameter from string to integer rejects what clients send', base: inQuery('{ type: string }'), revision: inQuery('{ type: integer }') },
    passes: { name: 'widening a query parameter from integer to number accepts everything it did', base: inQuery('{ type: integer }'), revision: inQuery('{ type: number }') },
  },
});
