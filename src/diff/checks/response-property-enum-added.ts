import { defineCheck } from '../check.js';
import { showValues, where } from '../describe.js';

export default defineCheck({
  id: 'response-property-enum-added',
  event: 'EnumConstraintAdded',
  level: 'info',
  description: 'A response property is now documented as one of a list of values.',
  rationale: 'Clients receive a subset of what they accepted before.',
  fix: 'Nothing to do.',
  applies: (e) => e.area === 'response-body',
  message: (e) => `${where(e)} now returns only ${showValues(e.values)}`,
  examples: {
    bad: {
      name: 'documenting the values of a response property is information',
      base: "responses: { '200': { description: ok, content: { application/json: { schema: { type: object, properties: { kind: { type: string } } } } } } }",
      revision:
        "responses: { '200': { description: ok, content: { application/json: { schema: { type: object, properties: { kind: { type: string, enum: [small, large] } } } } } } }",
    },
    good: {
      name: 'dropping a response enum is not a restriction',
      base: "responses: { '200': { description: ok, content: { application/json: { schema: { type: object, properties: { kind: { type: string, enum: [small, large] } } } } } } }",
      revision:
        "responses: { '200': { description: ok, content: { application/json: { schema: { type: object, properties: { kind: { type: string } } } } } } }",
    },
  },
});
