import { defineCheck } from '../check.js';
import { boundFromTo, where } from '../describe.js';

export default defineCheck({
  id: 'request-property-min-decreased',
  event: 'MinimumChanged',
  level: 'info',
  description: 'A request body property accepts a lower minimum than before.',
  rationale: 'Every valid request stays valid.',
  fix: 'Nothing to do.',
  applies: (e) => e.area === 'request-body' && !e.narrowed,
  message: (e) => `minimum of ${where(e)} changed from ${boundFromTo(e)}`,
  examples: {
    bad: {
      name: 'lowering a request property minimum is information',
      base: 'requestBody: { required: true, content: { application/json: { schema: { type: object, properties: { kind: { type: integer, minimum: 1 } } } } } }',
      revision:
        'requestBody: { required: true, content: { application/json: { schema: { type: object, properties: { kind: { type: integer, minimum: 0 } } } } } }',
    },
    good: {
      name: 'lowering it in a response is judged by the response check',
      base: "responses: { '200': { description: ok, content: { application/json: { schema: { type: object, properties: { kind: { type: integer, minimum: 1 } } } } } } }",
      revision:
        "responses: { '200': { description: ok, content: { application/json: { schema: { type: object, properties: { kind: { type: integer, minimum: 0 } } } } } } }",
    },
  },
});
