import { defineCheck } from '../check.js';
import { where } from '../describe.js';

export default defineCheck({
  id: 'response-property-format-changed',
  event: 'FormatChanged',
  level: 'breaking',
  description: 'A response property may return values outside the format clients rely on (int32 to int64, date to free text).',
  rationale: 'Clients store the value in a type sized for the old format (a 32-bit int, a date); wider values overflow or fail to parse.',
  fix: 'Return the wider value in a new property, or keep the old format.',
  applies: (e) => e.area === 'response-body' && !e.narrowed,
  // Not a narrowing: the base stated a format (adding one narrows).
  message: (e) => `${where(e)} changed format from ${e.from} to ${e.to ?? 'none'}`,
  examples: {
    bad: {
      name: 'widening a response property from int32 to int64 overflows 32-bit clients',
      base: "responses: { '200': { description: ok, content: { application/json: { schema: { type: object, properties: { kind: { type: integer, format: int32 } } } } } } }",
      revision:
        "responses: { '200': { description: ok, content: { application/json: { schema: { type: object, properties: { kind: { type: integer, format: int64 } } } } } } }",
    },
    good: {
      name: 'the same widening in a request is safe',
      base: 'requestBody: { required: true, content: { application/json: { schema: { type: object, properties: { kind: { type: integer, format: int32 } } } } } }',
      revision:
        'requestBody: { required: true, content: { application/json: { schema: { type: object, properties: { kind: { type: integer, format: int64 } } } } } }',
    },
  },
});
