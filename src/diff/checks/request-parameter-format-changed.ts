import { defineCheck } from '../check.js';
import { where } from '../describe.js';

export default defineCheck({
  id: 'request-parameter-format-changed',
  event: 'FormatChanged',
  level: 'breaking',
  description: 'A request parameter changed or added a format that rejects values it accepted before.',
  rationale: 'Clients keep sending values in the old format and get 400 responses.',
  fix: 'Accept both formats during a transition, then deprecate the old one.',
  applies: (e) => e.parameter !== undefined && !e.widened,
  // Not a widening: the revision states a format (dropping one widens).
  message: (e) => `${where(e)} changed format from ${e.from ?? 'none'} to ${e.to}`,
  examples: {
    bad: {
      name: 'adding format uuid to a free-text query parameter rejects what clients send',
      base: 'parameters: [{ name: kind, in: query, required: false, schema: { type: string } }]',
      revision: 'parameters: [{ name: kind, in: query, required: false, schema: { type: string, format: uuid } }]',
    },
    good: {
      name: 'widening int32 to int64 accepts every value it did',
      base: 'parameters: [{ name: kind, in: query, required: false, schema: { type: integer, format: int32 } }]',
      revision: 'parameters: [{ name: kind, in: query, required: false, schema: { type: integer, format: int64 } }]',
    },
  },
});
