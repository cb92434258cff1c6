import { defineCheck } from '../check.js';
import { where } from '../describe.js';

export default defineCheck({
  id: 'request-property-became-not-nullable',
  event: 'NullableChanged',
  level: 'breaking',
  description: 'A request body property stopped accepting null.',
  rationale: 'Clients that send null (to clear a value) are rejected.',
  fix: 'Keep accepting null and treat it as before.',
  applies: (e) => e.area === 'request-body' && !e.to,
  message: (e) => `${where(e)} no longer accepts null`,
  examples: {
    bad: {
      name: 'a request property that stops accepting null breaks clients that send it',
      base: 'requestBody: { required: true, content: { application/json: { schema: { type: object, properties: { kind: { type: string, nullable: true } } } } } }',
      revision: 'requestBody: { required: true, content: { application/json: { schema: { type: object, properties: { kind: { type: string } } } } } }',
    },
    good: {
      name: 'a response property that stops returning null is safe',
      base: "responses: { '200': { description: ok, content: { application/json: { schema: { type: object, properties: { kind: { type: string, nullable: true } } } } } } }",
      revision:
        "responses: { '200': { description: ok, content: { application/json: { schema: { type: object, properties: { kind: { type: string } } } } } } }",
    },
  },
});
