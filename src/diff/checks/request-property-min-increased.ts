import { defineCheck } from '../check.js';
import { boundFromTo, where } from '../describe.js';

export default defineCheck({
  id: 'request-property-min-increased',
  event: 'MinimumChanged',
  level: 'breaking',
  description: 'A request body property accepts a higher minimum than before.',
  rationale: 'Clients that send values below the new minimum are rejected.',
  fix: 'Keep the old minimum and clamp on the server.',
  applies: (e) => e.area === 'request-body' && e.narrowed,
  message: (e) => `minimum of ${where(e)} changed from ${boundFromTo(e)}`,
  examples: {
    bad: {
      name: 'raising a request property minimum rejects smaller values',
      base: 'requestBody: { required: true, content: { application/json: { schema: { type: object, properties: { kind: { type: integer, minimum: 0 } } } } } }',
      revision:
        'requestBody: { required: true, content: { application/json: { schema: { type: object, properties: { kind: { type: integer, minimum: 1 } } } } } }',
    },
    good: {
      name: 'raising a response property minimum is safe for clients',
      base: "responses: { '200': { description: ok, content: { application/json: { schema: { type: object, properties: { kind: { type: integer, minimum: 0 } } } } } } }",
      revision:
        "responses: { '200': { description: ok, content: { application/json: { schema: { type: object, properties: { kind: { type: integer, minimum: 1 } } } } } } }",
    },
  },
});
