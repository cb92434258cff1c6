import { defineCheck } from '../check.js';
import { where } from '../describe.js';

export default defineCheck({
  id: 'response-property-unique-items-removed',
  event: 'UniqueItemsChanged',
  level: 'warn',
  description: 'A response array may now contain duplicates.',
  rationale: 'Clients that load the array into a set or a keyed map lose or reject entries.',
  fix: 'Keep the items unique, or announce the change first.',
  applies: (e) => e.area === 'response-body' && !e.to,
  message: (e) => `${where(e)} may now contain duplicate items`,
  examples: {
    bad: {
      name: 'dropping uniqueItems from a response array may surprise clients',
      base: "responses: { '200': { description: ok, content: { application/json: { schema: { type: object, properties: { kind: { type: array, items: { type: string }, uniqueItems: true } } } } } } }",
      revision:
        "responses: { '200': { description: ok, content: { application/json: { schema: { type: object, properties: { kind: { type: array, items: { type: string } } } } } } } }",
    },
    good: {
      name: 'dropping uniqueItems from a request array is safe',
      base: 'requestBody: { required: true, content: { application/json: { schema: { type: object, properties: { kind: { type: array, items: { type: string }, uniqueItems: true } } } } } }',
      revision:
        'requestBody: { required: true, content: { application/json: { schema: { type: object, properties: { kind: { type: array, items: { type: string } } } } } } }',
    },
  },
});
