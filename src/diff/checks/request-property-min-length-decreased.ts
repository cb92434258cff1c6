import { defineCheck } from '../check.js';
import { fromTo, where } from '../describe.js';

export default defineCheck({
  id: 'request-property-min-length-decreased',
  event: 'MinLengthChanged',
  level: 'info',
  description: 'A request body property accepts shorter strings than before.',
  rationale: 'Every valid request stays valid.',
  fix: 'Nothing to do.',
  applies: (e) => e.area === 'request-body' && !e.narrowed,
  message: (e) => `minLength of ${where(e)} changed from ${fromTo(e.from, e.to)}`,
  examples: {
    bad: {
      name: 'lowering minLength of a request property is information',
      base: 'requestBody: { required: true, content: { application/json: { schema: { type: object, properties: { kind: { type: string, minLength: 5 } } } } } }',
      revision:
        'requestBody: { required: true, content: { application/json: { schema: { type: object, properties: { kind: { type: string, minLength: 2 } } } } } }',
    },
    good: {
      name: 'lowering it in a response is judged by the response check',
      base: "responses: { '200': { description: ok, content: { application/json: { schema: { type: object, properties: { kind: { type: string, minLength: 5 } } } } } } }",
      revision:
        "responses: { '200': { description: ok, content: { application/json: { schema: { type: object, properties: { kind: { type: string, minLength: 2 } } } } } } }",
    },
  },
});
