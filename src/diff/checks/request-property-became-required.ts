import { defineCheck } from '../check.js';
import { where } from '../describe.js';

export default defineCheck({
  id: 'request-property-became-required',
  event: 'RequiredAdded',
  level: 'breaking',
  description: 'An optional request body property became required.',
  rationale: 'Clients that omit it are rejected.',
  fix: 'Keep it optional with a server-side default.',
  applies: (e) => e.area === 'request-body',
  message: (e) => `${where(e)} became required`,
  examples: {
    bad: {
      name: 'making a request property required rejects clients that omit it',
      base: 'requestBody: { required: true, content: { application/json: { schema: { type: object, properties: { name: { type: string }, age: { type: integer } } } } } }',
      revision:
        'requestBody: { required: true, content: { application/json: { schema: { type: object, required: [age], properties: { name: { type: string }, age: { type: integer } } } } } }',
    },
    good: {
      name: 'making a response property required only promises more',
      base: "responses: { '200': { description: ok, content: { application/json: { schema: { type: object, properties: { name: { type: string }, age: { type: integer } } } } } } }",
      revision:
        "responses: { '200': { description: ok, content: { application/json: { schema: { type: object, required: [age], properties: { name: { type: string }, age: { type: integer } } } } } } }",
    },
  },
});
