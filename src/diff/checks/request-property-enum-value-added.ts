import { defineCheck } from '../check.js';
import { show, where } from '../describe.js';

export default defineCheck({
  id: 'request-property-enum-value-added',
  event: 'EnumValueAdded',
  level: 'info',
  description: 'A request body property accepts a new enum value.',
  rationale: 'Requests that were valid stay valid.',
  fix: 'Nothing to do.',
  applies: (e) => e.area === 'request-body',
  message: (e) => `${where(e)} now accepts ${show(e.value)}`,
  examples: {
    bad: {
      name: 'adding a value to a request enum is information',
      base: 'requestBody: { required: true, content: { application/json: { schema: { type: object, properties: { kind: { type: string, enum: [cat] } } } } } }',
      revision:
        'requestBody: { required: true, content: { application/json: { schema: { type: object, properties: { kind: { type: string, enum: [cat, dog] } } } } } }',
    },
    good: {
      name: 'the same addition in a response is judged by the response check',
      base: "responses: { '200': { description: ok, content: { application/json: { schema: { type: object, properties: { kind: { type: string, enum: [cat] } } } } } } }",
      revision:
        "responses: { '200': { description: ok, content: { application/json: { schema: { type: object, properties: { kind: { type: string, enum: [cat, dog] } } } } } } }",
    },
  },
});
