import { defineCheck } from '../check.js';
import { where } from '../describe.js';

export default defineCheck({
  id: 'response-property-became-required',
  event: 'RequiredAdded',
  level: 'info',
  description: 'A response property is now always present.',
  rationale: 'Clients that handled its absence keep working.',
  fix: 'Nothing to do.',
  applies: (e) => e.area === 'response-body',
  message: (e) => `${where(e)} is now always returned`,
  examples: {
    bad: {
      name: 'a response property that becomes required is information',
      base: "responses: { '200': { description: ok, content: { application/json: { schema: { type: object, properties: { name: { type: string }, age: { type: integer } } } } } } }",
      revision:
        "responses: { '200': { description: ok, content: { application/json: { schema: { type: object, required: [age], properties: { name: { type: string }, age: { type: integer } } } } } } }",
    },
    good: {
      name: 'a request property that becomes required is judged by the request check',
      base: 'requestBody: { required: true, content: { application/json: { schema: { type: object, properties: { name: { type: string }, age: { type: integer } } } } } }',
      revision:
        'requestBody: { required: true, content: { application/json: { schema: { type: object, required: [age], properties: { name: { type: string }, age: { type: integer } } } } } }',
    },
  },
});
