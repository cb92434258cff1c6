import { defineCheck } from '../check.js';
import { boundFromTo, where } from '../describe.js';

export default defineCheck({
  id: 'response-property-max-increased',
  event: 'MaximumChanged',
  level: 'warn',
  description: 'A response property may return larger numbers than before.',
  rationale: 'Clients that store the value in a narrower type or validate the documented range may fail.',
  fix: 'Announce the new range before returning larger values.',
  applies: (e) => e.area === 'response-body' && !e.narrowed,
  message: (e) => `maximum of ${where(e)} changed from ${boundFromTo(e)}`,
  examples: {
    bad: {
      name: 'raising a response property maximum may overflow client types',
      base: "responses: { '200': { description: ok, content: { application/json: { schema: { type: object, properties: { kind: { type: integer, maximum: 50 } } } } } } }",
      revision:
        "responses: { '200': { description: ok, content: { application/json: { schema: { type: object, properties: { kind: { type: integer, maximum: 100 } } } } } } }",
    },
    good: {
      name: 'raising a request property maximum is safe',
      base: 'requestBody: { required: true, content: { application/json: { schema: { type: object, properties: { kind: { type: integer, maximum: 50 } } } } } }',
      revision:
        'requestBody: { required: true, content: { application/json: { schema: { type: object, properties: { kind: { type: integer, maximum: 100 } } } } } }',
    },
  },
});
