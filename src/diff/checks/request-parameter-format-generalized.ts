import { defineCheck } from '../check.js';
import { where } from '../describe.js';

export default defineCheck({
  id: 'request-parameter-format-generalized',
  event: 'FormatChanged',
  level: 'info',
  description: 'A request parameter widened or dropped its format.',
  rationale: 'Every value that was valid stays valid.',
  fix: 'Nothing to do.',
  applies: (e) => e.parameter !== undefined && e.widened,
  // A widening: the base stated a format (nothing is wider than none).
  message: (e) => `${where(e)} widened format from ${e.from} to ${e.to ?? 'none'}`,
  examples: {
    bad: {
      name: 'widening a query parameter from int32 to int64 is information',
      base: 'parameters: [{ name: kind, in: query, required: false, schema: { type: integer, format: int32 } }]',
      revision: 'parameters: [{ name: kind, in: query, required: false, schema: { type: integer, format: int64 } }]',
    },
    good: {
      name: 'narrowing int64 to int32 is not a generalisation',
      base: 'parameters: [{ name: kind, in: query, required: false, schema: { type: integer, format: int64 } }]',
      revision: 'parameters: [{ name: kind, in: query, required: false, schema: { type: integer, format: int32 } }]',
    },
  },
});
