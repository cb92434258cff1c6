import { defineCheck } from '../check.js';
import { where } from '../describe.js';

export default defineCheck({
  id: 'request-property-removed',
  event: 'PropertyRemoved',
  level: 'warn',
  tags: ['removal'],
  description: 'A request body property was removed.',
  rationale: 'Clients that still send it are rejected when unknown properties are forbidden, or have their value silently ignored.',
  fix: 'Deprecate the property with a Sunset date first; ignore it without error until then.',
  applies: (e) => e.area === 'request-body',
  message: (e) => `${where(e)} was removed`,
  examples: {
    bad: {
      name: 'removing a request property affects clients that send it',
      base: 'requestBody: { required: true, content: { application/json: { schema: { type: object, properties: { name: { type: string }, age: { type: integer } } } } } }',
      revision: 'requestBody: { required: true, content: { application/json: { schema: { type: object, properties: { name: { type: string } } } } } }',
    },
    good: {
      name: 'removing a response property is judged by the response checks',
      base: "responses: { '200': { description: ok, content: { application/json: { schema: { type: object, properties: { name: { type: string }, age: { type: integer } } } } } } }",
      revision:
        "responses: { '200': { description: ok, content: { application/json: { schema: { type: object, properties: { name: { type: string } } } } } } }",
    },
  },
});
