import { defineCheck } from '../check.js';
import { where } from '../describe.js';

export default defineCheck({
  id: 'request-property-unique-items-added',
  event: 'UniqueItemsChanged',
  level: 'breaking',
  description: 'A request body array now rejects duplicate items.',
  rationale: 'Clients that send duplicates are rejected.',
  fix: 'De-duplicate on the server instead of rejecting.',
  applies: (e) => e.area === 'request-body' && e.to,
  message: (e) => `${where(e)} now requires unique items`,
  examples: {
    bad: {
      name: 'requiring unique items in a request array rejects duplicates',
      base: 'requestBody: { required: true, content: { application/json: { schema: { type: object, properties: { kind: { type: array, items: { type: string } } } } } } }',
      revision:
        'requestBody: { required: true, content: { application/json: { schema: { type: object, properties: { kind: { type: array, items: { type: string }, uniqueItems: true } } } } } }',
    },
    good: {
      name: 'requiring unique items in a response array is safe',
      base: "responses: { '200': { description: ok, content: { application/json: { schema: { type: object, properties: { kind: { type: array, items: { type: string } } } } } } } }",
      revision:
        "responses: { '200': { description: ok, content: { application/json: { schema: { type: object, properties: { kind: { type: array, items: { type: string }, uniqueItems: true } } } } } } }",
    },
  },
});
