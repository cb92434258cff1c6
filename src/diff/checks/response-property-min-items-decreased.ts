import { defineCheck } from '../check.js';
import { fromTo, where } from '../describe.js';

export default defineCheck({
  id: 'response-property-min-items-decreased',
  event: 'MinItemsChanged',
  level: 'warn',
  description: 'A response array may hold fewer items than before (possibly none).',
  rationale: 'Clients that read the first element without checking may fail on an empty list.',
  fix: 'Announce the change; clients should handle short lists first.',
  applies: (e) => e.area === 'response-body' && !e.narrowed,
  message: (e) => `minItems of ${where(e)} changed from ${fromTo(e.from, e.to)}`,
  examples: {
    bad: {
      name: 'lowering minItems of a response array may surprise clients',
      base: "responses: { '200': { description: ok, content: { application/json: { schema: { type: object, properties: { kind: { type: array, items: { type: string }, minItems: 2 } } } } } } }",
      revision:
        "responses: { '200': { description: ok, content: { application/json: { schema: { type: object, properties: { kind: { type: array, items: { type: string }, minItems: 1 } } } } } } }",
    },
    good: {
      name: 'lowering minItems of a request array is safe',
      base: 'requestBody: { required: true, content: { application/json: { schema: { type: object, properties: { kind: { type: array, items: { type: string }, minItems: 2 } } } } } }',
      revision:
        'requestBody: { required: true, content: { application/json: { schema: { type: object, properties: { kind: { type: array, items: { type: string }, minItems: 1 } } } } } }',
    },
  },
});
