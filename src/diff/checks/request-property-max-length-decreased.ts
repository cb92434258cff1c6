import { defineCheck } from '../check.js';
import { fromTo, where } from '../describe.js';

export default defineCheck({
  id: 'request-property-max-length-decreased',
  event: 'MaxLengthChanged',
  level: 'breaking',
  description: 'A request body property accepts shorter strings than before.',
  rationale: 'Clients that send values up to the old limit are rejected.',
  fix: 'Keep the old limit, or accept and truncate while clients migrate.',
  applies: (e) => e.area === 'request-body' && e.narrowed,
  message: (e) => `maxLength of ${where(e)} changed from ${fromTo(e.from, e.to)}`,
  examples: {
    bad: {
      name: 'lowering maxLength of a request property rejects longer values',
      base: 'requestBody: { required: true, content: { application/json: { schema: { type: object, properties: { kind: { type: string, maxLength: 10 } } } } } }',
      revision:
        'requestBody: { required: true, content: { application/json: { schema: { type: object, properties: { kind: { type: string, maxLength: 5 } } } } } }',
    },
    good: {
      name: 'lowering maxLength of a response property returns only values clients accept',
      base: "responses: { '200': { description: ok, content: { application/json: { schema: { type: object, properties: { kind: { type: string, maxLength: 10 } } } } } } }",
      revision:
        "responses: { '200': { description: ok, content: { application/json: { schema: { type: object, properties: { kind: { type: string, maxLength: 5 } } } } } } }",
    },
  },
});
