import { defineCheck } from '../check.js';
import { where } from '../describe.js';

export default defineCheck({
  id: 'request-property-became-nullable',
  event: 'NullableChanged',
  level: 'info',
  description: 'A request body property accepts null.',
  rationale: 'Every valid request stays valid.',
  fix: 'Nothing to do.',
  applies: (e) => e.area === 'request-body' && e.to,
  message: (e) => `${where(e)} now accepts null`,
  examples: {
    bad: {
      name: 'a request property that accepts null is information',
      base: 'requestBody: { required: true, content: { application/json: { schema: { type: object, properties: { kind: { type: string } } } } } }',
      revision:
        'requestBody: { required: true, content: { application/json: { schema: { type: object, properties: { kind: { type: string, nullable: true } } } } } }',
    },
    good: {
      name: 'a response property that may be null is judged by the response check',
      base: "responses: { '200': { description: ok, content: { application/json: { schema: { type: object, properties: { kind: { type: string } } } } } } }",
      revision:
        "responses: { '200': { description: ok, content: { application/json: { schema: { type: object, properties: { kind: { type: string, nullable: true } } } } } } }",
    },
  },
});
