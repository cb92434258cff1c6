import { defineCheck } from '../check.js';
import { fromTo, where } from '../describe.js';

export default defineCheck({
  id: 'request-property-max-length-increased',
  event: 'MaxLengthChanged',
  level: 'info',
  description: 'A request body property accepts longer strings than before.',
  rationale: 'Every valid request stays valid.',
  fix: 'Nothing to do.',
  applies: (e) => e.area === 'request-body' && !e.narrowed,
  message: (e) => `maxLength of ${where(e)} changed from ${fromTo(e.from, e.to)}`,
  examples: {
    bad: {
      name: 'raising maxLength of a request property is information',
      base: 'requestBody: { required: true, content: { application/json: { schema: { type: object, properties: { kind: { type: string, maxLength: 5 } } } } } }',
      revision:
        'requestBody: { required: true, content: { application/json: { schema: { type: object, properties: { kind: { type: string, maxLength: 10 } } } } } }',
    },
    good: {
      name: 'raising it in a response is judged by the response check',
      base: "responses: { '200': { description: ok, content: { application/json: { schema: { type: object, properties: { kind: { type: string, maxLength: 5 } } } } } } }",
      revision:
        "responses: { '200': { description: ok, content: { application/json: { schema: { type: object, properties: { kind: { type: string, maxLength: 10 } } } } } } }",
    },
  },
});
