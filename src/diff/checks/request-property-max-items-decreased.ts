import { defineCheck } from '../check.js';
import { fromTo, where } from '../describe.js';

export default defineCheck({
  id: 'request-property-max-items-decreased',
  event: 'MaxItemsChanged',
  level: 'breaking',
  description: 'A request body array accepts fewer items than before.',
  rationale: 'Clients that send more items than the new limit are rejected.',
  fix: 'Keep the old limit, or split large requests on the server.',
  applies: (e) => e.area === 'request-body' && e.narrowed,
  message: (e) => `maxItems of ${where(e)} changed from ${fromTo(e.from, e.to)}`,
  examples: {
    bad: {
      name: 'lowering maxItems of a request array rejects longer lists',
      base: 'requestBody: { required: true, content: { application/json: { schema: { type: object, properties: { kind: { type: array, items: { type: string }, maxItems: 10 } } } } } }',
      revision:
        'requestBody: { required: true, content: { application/json: { schema: { type: object, properties: { kind: { type: array, items: { type: string }, maxItems: 5 } } } } } }',
    },
    good: {
      name: 'lowering maxItems of a response array is safe',
      base: "responses: { '200': { description: ok, content: { application/json: { schema: { type: object, properties: { kind: { type: array, items: { type: string }, maxItems: 10 } } } } } } }",
      revision:
        "responses: { '200': { description: ok, content: { application/json: { schema: { type: object, properties: { kind: { type: array, items: { type: string }, maxItems: 5 } } } } } } }",
    },
  },
});
