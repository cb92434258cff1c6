import { defineCheck } from '../check.js';
import { boundFromTo, where } from '../describe.js';

export default defineCheck({
  id: 'request-property-max-decreased',
  event: 'MaximumChanged',
  level: 'breaking',
  description: 'A request body property accepts a lower maximum than before.',
  rationale: 'Clients that send values above the new maximum are rejected.',
  fix: 'Clamp larger values on the server during a transition.',
  applies: (e) => e.area === 'request-body' && e.narrowed,
  message: (e) => `maximum of ${where(e)} changed from ${boundFromTo(e)}`,
  examples: {
    bad: {
      name: 'lowering a request property maximum rejects larger values',
      base: 'requestBody: { required: true, content: { application/json: { schema: { type: object, properties: { kind: { type: integer, maximum: 100 } } } } } }',
      revision:
        'requestBody: { required: true, content: { application/json: { schema: { type: object, properties: { kind: { type: integer, maximum: 50 } } } } } }',
    },
    good: {
      name: 'lowering a response property maximum is safe for clients',
      base: "responses: { '200': { description: ok, content: { application/json: { schema: { type: object, properties: { kind: { type: integer, maximum: 100 } } } } } } }",
      revision:
        "responses: { '200': { description: ok, content: { application/json: { schema: { type: object, properties: { kind: { type: integer, maximum: 50 } } } } } } }",
    },
  },
});
