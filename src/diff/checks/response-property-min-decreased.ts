import { defineCheck } from '../check.js';
import { boundFromTo, where } from '../describe.js';

export default defineCheck({
  id: 'response-property-min-decreased',
  event: 'MinimumChanged',
  level: 'warn',
  description: 'A response property may return smaller numbers than before (zero or negatives).',
  rationale: 'Clients that divide by the value, index with it or store it unsigned may fail.',
  fix: 'Announce the new range before returning smaller values.',
  applies: (e) => e.area === 'response-body' && !e.narrowed,
  message: (e) => `minimum of ${where(e)} changed from ${boundFromTo(e)}`,
  examples: {
    bad: {
      name: 'lowering a response property minimum may surprise clients',
      base: "responses: { '200': { description: ok, content: { application/json: { schema: { type: object, properties: { kind: { type: integer, minimum: 1 } } } } } } }",
      revision:
        "responses: { '200': { description: ok, content: { application/json: { schema: { type: object, properties: { kind: { type: integer, minimum: 0 } } } } } } }",
    },
    good: {
      name: 'lowering a request property minimum is safe',
      base: 'requestBody: { required: true, content: { application/json: { schema: { type: object, properties: { kind: { type: integer, minimum: 1 } } } } } }',
      revision:
        'requestBody: { required: true, content: { application/json: { schema: { type: object, properties: { kind: { type: integer, minimum: 0 } } } } } }',
    },
  },
});
