import { defineCheck } from '../check.js';
import { boundFromTo, where } from '../describe.js';

export default defineCheck({
  id: 'request-property-max-increased',
  event: 'MaximumChanged',
  level: 'info',
  description: 'A request body property accepts a higher maximum than before.',
  rationale: 'Every valid request stays valid.',
  fix: 'Nothing to do.',
  applies: (e) => e.area === 'request-body' && !e.narrowed,
  message: (e) => `maximum of ${where(e)} changed from ${boundFromTo(e)}`,
  examples: {
    bad: {
      name: 'raising a request property maximum is information',
      base: 'requestBody: { required: true, content: { application/json: { schema: { type: object, properties: { kind: { type: integer, maximum: 50 } } } } } }',
      revision:
        'requestBody: { required: true, content: { application/json: { schema: { type: object, properties: { kind: { type: integer, maximum: 100 } } } } } }',
    },
    good: {
      name: 'raising it in a response is judged by the response check',
      base: "responses: { '200': { description: ok, content: { application/json: { schema: { type: object, properties: { kind: { type: integer, maximum: 50 } } } } } } }",
      revision:
        "responses: { '200': { description: ok, content: { application/json: { schema: { type: object, properties: { kind: { type: integer, maximum: 100 } } } } } } }",
    },
  },
});
