import { defineCheck } from '../check.js';
import { where } from '../describe.js';

export default defineCheck({
  id: 'request-property-deprecated',
  event: 'DeprecationAdded',
  level: 'info',
  description: 'A request body property was deprecated.',
  rationale: 'Clients should stop sending it before it is removed.',
  fix: 'Name the replacement in the description and set a Sunset date.',
  applies: (e) => e.area === 'request-body',
  message: (e) => `${where(e)} was deprecated`,
  examples: {
    bad: {
      name: 'deprecating a request property is information',
      base: 'requestBody: { required: true, content: { application/json: { schema: { type: object, properties: { name: { type: string }, age: { type: integer } } } } } }',
      revision:
        'requestBody: { required: true, content: { application/json: { schema: { type: object, properties: { name: { type: string }, age: { type: integer, deprecated: true } } } } } }',
    },
    good: {
      name: 'deprecating a response property is reported by the response check',
      base: "responses: { '200': { description: ok, content: { application/json: { schema: { type: object, properties: { name: { type: string }, age: { type: integer } } } } } } }",
      revision:
        "responses: { '200': { description: ok, content: { application/json: { schema: { type: object, properties: { name: { type: string }, age: { type: integer, deprecated: true } } } } } } }",
    },
  },
});
