import { defineCheck } from '../check.js';
import { where } from '../describe.js';

export default defineCheck({
  id: 'response-property-format-specialized',
  event: 'FormatChanged',
  level: 'info',
  description: 'A response property now returns a narrower format.',
  rationale: 'Clients already accept every value of the narrower format.',
  fix: 'Nothing to do.',
  applies: (e) => e.area === 'response-body' && e.narrowed,
  // A narrowing: the revision states a format (dropping one narrows nothing).
  message: (e) => `${where(e)} narrowed format from ${e.from ?? 'none'} to ${e.to}`,
  examples: {
    bad: {
      name: 'narrowing a response property from int64 to int32 is information',
      base: "responses: { '200': { description: ok, content: { application/json: { schema: { type: object, properties: { kind: { type: integer, format: int64 } } } } } } }",
      revision:
        "responses: { '200': { description: ok, content: { application/json: { schema: { type: object, properties: { kind: { type: integer, format: int32 } } } } } } }",
    },
    good: {
      name: 'widening is not a specialisation',
      base: "responses: { '200': { description: ok, content: { application/json: { schema: { type: object, properties: { kind: { type: integer, format: int32 } } } } } } }",
      revision:
        "responses: { '200': { description: ok, content: { application/json: { schema: { type: object, properties: { kind: { type: integer, format: int64 } } } } } } }",
    },
  },
});
