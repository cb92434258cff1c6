import { defineCheck } from '../check.js';
import { where } from '../describe.js';

export default defineCheck({
  id: 'request-property-became-optional',
  event: 'RequiredRemoved',
  level: 'info',
  description: 'A required request body property became optional.',
  rationale: 'Existing requests stay valid.',
  fix: 'Nothing to do.',
  applies: (e) => e.area === 'request-body',
  message: (e) => `${where(e)} became optional`,
  examples: {
    bad: {
      name: 'making a request property optional is information',
      base: 'requestBody: { required: true, content: { application/json: { schema: { type: object, required: [age], properties: { name: { type: string }, age: { type: integer } } } } } }',
      revision:
        'requestBody: { required: true, content: { application/json: { schema: { type: object, properties: { name: { type: string }, age: { type: integer } } } } } }',
    },
    good: {
      name: 'making a response property optional is judged by the response check',
      base: "responses: { '200': { description: ok, content: { application/json: { schema: { type: object, required: [age], properties: { name: { type: string }, age: { type: integer } } } } } } }",
      revision:
        "responses: { '200': { description: ok, content: { application/json: { schema: { type: object, properties: { name: { type: string }, age: { type: integer } } } } } } }",
    },
  },
});
