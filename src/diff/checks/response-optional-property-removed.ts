import { defineCheck } from '../check.js';
import { where } from '../describe.js';

export default defineCheck({
  id: 'response-optional-property-removed',
  event: 'PropertyRemoved',
  level: 'warn',
  tags: ['removal'],
  description: 'An optional response property was removed.',
  rationale: 'Clients that use the property when present lose the data; code that expects it sometimes may mis-handle its absence.',
  fix: 'Deprecate the property with a Sunset date first, then remove it.',
  applies: (e) => e.area === 'response-body' && !e.required,
  message: (e) => `${where(e)} was removed`,
  examples: {
    bad: {
      name: 'removing an optional response property is a warning',
      base: "responses: { '200': { description: ok, content: { application/json: { schema: { type: object, properties: { name: { type: string }, age: { type: integer } } } } } } }",
      revision:
        "responses: { '200': { description: ok, content: { application/json: { schema: { type: object, properties: { name: { type: string } } } } } } }",
    },
    good: {
      name: 'removing a required one is reported by its own check',
      base: "responses: { '200': { description: ok, content: { application/json: { schema: { type: object, required: [age], properties: { name: { type: string }, age: { type: integer } } } } } } }",
      revision:
        "responses: { '200': { description: ok, content: { application/json: { schema: { type: object, properties: { name: { type: string } } } } } } }",
    },
  },
});
