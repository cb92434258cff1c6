import { defineCheck } from '../check.js';
import { where } from '../describe.js';

export default defineCheck({
  id: 'response-required-property-removed',
  event: 'PropertyRemoved',
  level: 'breaking',
  tags: ['removal'],
  description: 'A response property that was always present was removed.',
  rationale: 'Clients read the property unconditionally; they crash or mis-handle its absence.',
  fix: 'Deprecate the property with a Sunset date, keep returning it until the date passes, then remove it.',
  applies: (e) => e.area === 'response-body' && e.required,
  message: (e) => `${where(e)} was removed although it was required`,
  examples: {
    bad: {
      name: 'removing a required response property breaks clients that read it',
      base: "responses: { '200': { description: ok, content: { application/json: { schema: { type: object, required: [age], properties: { name: { type: string }, age: { type: integer } } } } } } }",
      revision:
        "responses: { '200': { description: ok, content: { application/json: { schema: { type: object, properties: { name: { type: string } } } } } } }",
    },
    good: {
      name: 'removing a deprecated response property after its sunset is not breaking',
      base: "responses: { '200': { description: ok, content: { application/json: { schema: { type: object, required: [age], properties: { age: { type: integer, deprecated: true } } } } } } }",
      revision: "responses: { '200': { description: ok, content: { application/json: { schema: { type: object } } } } }",
    },
  },
});
