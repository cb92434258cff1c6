import { defineCheck } from '../check.js';
import { where } from '../describe.js';

export default defineCheck({
  id: 'response-property-became-nullable',
  event: 'NullableChanged',
  level: 'breaking',
  description: 'A response property may now be null.',
  rationale: 'Clients dereference the value without a null check and crash; typed clients fail to deserialise.',
  fix: 'Omit the property instead, or return null only to clients that opt in.',
  applies: (e) => e.area === 'response-body' && e.to,
  message: (e) => `${where(e)} may now be null`,
  examples: {
    bad: {
      name: 'a response property that may become null breaks clients',
      base: "responses: { '200': { description: ok, content: { application/json: { schema: { type: object, properties: { kind: { type: string } } } } } } }",
      revision:
        "responses: { '200': { description: ok, content: { application/json: { schema: { type: object, properties: { kind: { type: string, nullable: true } } } } } } }",
    },
    good: {
      name: 'a request property that accepts null is safe',
      base: 'requestBody: { required: true, content: { application/json: { schema: { type: object, properties: { kind: { type: string } } } } } }',
      revision:
        'requestBody: { required: true, content: { application/json: { schema: { type: object, properties: { kind: { type: string, nullable: true } } } } } }',
    },
  },
});
