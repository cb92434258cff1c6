import { defineCheck } from '../check.js';
import { where } from '../describe.js';

export default defineCheck({
  id: 'request-property-format-changed',
  event: 'FormatChanged',
  level: 'breaking',
  description: 'A request body property changed or added a format that rejects values it accepted before.',
  rationale: 'Requests that were valid fail validation.',
  fix: 'Accept both formats for a transition period.',
  applies: (e) => e.area === 'request-body' && !e.widened,
  // Not a widening: the revision states a format (dropping one widens).
  message: (e) => `${where(e)} changed format from ${e.from ?? 'none'} to ${e.to}`,
  examples: {
    bad: {
      name: 'narrowing a request property from int64 to int32 rejects large values',
      base: 'requestBody: { required: true, content: { application/json: { schema: { type: object, properties: { kind: { type: integer, format: int64 } } } } } }',
      revision:
        'requestBody: { required: true, content: { application/json: { schema: { type: object, properties: { kind: { type: integer, format: int32 } } } } } }',
    },
    good: {
      name: 'the same narrowing in a response is safe for clients',
      base: "responses: { '200': { description: ok, content: { application/json: { schema: { type: object, properties: { kind: { type: integer, format: int64 } } } } } } }",
      revision:
        "responses: { '200': { description: ok, content: { application/json: { schema: { type: object, properties: { kind: { type: integer, format: int32 } } } } } } }",
    },
  },
});
