import { defineCheck } from '../check.js';
import { where } from '../describe.js';

export default defineCheck({
  id: 'request-property-format-generalized',
  event: 'FormatChanged',
  level: 'info',
  description: 'A request body property widened or dropped its format.',
  rationale: 'Old requests stay valid.',
  fix: 'Nothing to do.',
  applies: (e) => e.area === 'request-body' && e.widened,
  // A widening: the base stated a format (nothing is wider than none).
  message: (e) => `${where(e)} widened format from ${e.from} to ${e.to ?? 'none'}`,
  examples: {
    bad: {
      name: 'dropping date-time from a request property is information',
      base: 'requestBody: { required: true, content: { application/json: { schema: { type: object, properties: { kind: { type: string, format: date-time } } } } } }',
      revision: 'requestBody: { required: true, content: { application/json: { schema: { type: object, properties: { kind: { type: string } } } } } }',
    },
    good: {
      name: 'adding a format is not a generalisation',
      base: 'requestBody: { required: true, content: { application/json: { schema: { type: object, properties: { kind: { type: string } } } } } }',
      revision:
        'requestBody: { required: true, content: { application/json: { schema: { type: object, properties: { kind: { type: string, format: date-time } } } } } }',
    },
  },
});
