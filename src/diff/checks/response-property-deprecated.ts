import { defineCheck } from '../check.js';
import { where } from '../describe.js';

export default defineCheck({
  id: 'response-property-deprecated',
  event: 'DeprecationAdded',
  level: 'info',
  description: 'A response property was deprecated.',
  rationale: 'Clients should stop reading it before it is removed.',
  fix: 'Name the replacement in the description and set a Sunset date.',
  applies: (e) => e.area === 'response-body',
  message: (e) => `${where(e)} was deprecated`,
  examples: {
    bad: {
      name: 'deprecating a response property is information',
      base: "responses: { '200': { description: ok, content: { application/json: { schema: { type: object, properties: { name: { type: string }, age: { type: integer } } } } } } }",
      revision:
        "responses: { '200': { description: ok, content: { application/json: { schema: { type: object, properties: { name: { type: string }, age: { type: integer, deprecated: true } } } } } } }",
    },
    good: {
      name: 'deprecating a request property is reported by the request check',
      base: 'requestBody: { required: true, content: { application/json: { schema: { type: object, properties: { name: { type: string }, age: { type: integer } } } } } }',
      revision:
        'requestBody: { required: true, content: { application/json: { schema: { type: object, properties: { name: { type: string }, age: { type: integer, deprecated: true } } } } } }',
    },
  },
});
