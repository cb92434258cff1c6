import { defineCheck } from '../check.js';
import { fromTo, where } from '../describe.js';

export default defineCheck({
  id: 'request-property-min-items-increased',
  event: 'MinItemsChanged',
  level: 'breaking',
  description: 'A request body array requires more items than before.',
  rationale: 'Clients that send short lists that used to be valid are rejected.',
  fix: 'Keep the old minimum during a transition.',
  applies: (e) => e.area === 'request-body' && e.narrowed,
  message: (e) => `minItems of ${where(e)} changed from ${fromTo(e.from, e.to)}`,
  examples: {
    bad: {
      name: 'raising minItems of a request array rejects short lists',
      base: 'requestBody: { required: true, content: { application/json: { schema: { type: object, properties: { kind: { type: array, items: { type: string }, minItems: 1 } } } } } }',
      revision:
        'requestBody: { required: true, content: { application/json: { schema: { type: object, properties: { kind: { type: array, items: { type: string }, minItems: 2 } } } } } }',
    },
    good: {
      name: 'raising minItems of a response array is safe',
      base: "responses: { '200': { description: ok, content: { application/json: { schema: { type: object, properties: { kind: { type: array, items: { type: string }, minItems: 1 } } } } } } }",
      revision:
        "responses: { '200': { description: ok, content: { application/json: { schema: { type: object, properties: { kind: { type: array, items: { type: string }, minItems: 2 } } } } } } }",
    },
  },
});
