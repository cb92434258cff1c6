import { defineCheck } from '../check.js';
import { showValues, where } from '../describe.js';

export default defineCheck({
  id: 'request-property-enum-added',
  event: 'EnumConstraintAdded',
  level: 'breaking',
  description: 'A free request body property is restricted to a list of values.',
  rationale: 'Clients that send any other value are now rejected.',
  fix: 'Keep accepting other values during a transition.',
  applies: (e) => e.area === 'request-body',
  message: (e) => `${where(e)} now accepts only ${showValues(e.values)}`,
  examples: {
    bad: {
      name: 'restricting a request property to a list rejects other values',
      base: 'requestBody: { required: true, content: { application/json: { schema: { type: object, properties: { kind: { type: string } } } } } }',
      revision:
        'requestBody: { required: true, content: { application/json: { schema: { type: object, properties: { kind: { type: string, enum: [small, large] } } } } } }',
    },
    good: {
      name: 'restricting a response property only narrows what clients receive',
      base: "responses: { '200': { description: ok, content: { application/json: { schema: { type: object, properties: { kind: { type: string } } } } } } }",
      revision:
        "responses: { '200': { description: ok, content: { application/json: { schema: { type: object, properties: { kind: { type: string, enum: [small, large] } } } } } } }",
    },
  },
});
