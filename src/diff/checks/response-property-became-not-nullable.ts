import { defineCheck } from '../check.js';
import { where } from '../describe.js';

export default defineCheck({
  id: 'response-property-became-not-nullable',
  event: 'NullableChanged',
  level: 'info',
  description: 'A response property is no longer null.',
  rationale: 'Clients handle a subset of what they handled.',
  fix: 'Nothing to do.',
  applies: (e) => e.area === 'response-body' && !e.to,
  message: (e) => `${where(e)} is never null now`,
  examples: {
    bad: {
      name: 'a response property that is no longer null is information',
      base: "responses: { '200': { description: ok, content: { application/json: { schema: { type: object, properties: { kind: { type: string, nullable: true } } } } } } }",
      revision:
        "responses: { '200': { description: ok, content: { application/json: { schema: { type: object, properties: { kind: { type: string } } } } } } }",
    },
    good: {
      name: 'becoming nullable is not the reverse',
      base: "responses: { '200': { description: ok, content: { application/json: { schema: { type: object, properties: { kind: { type: string } } } } } } }",
      revision:
        "responses: { '200': { description: ok, content: { application/json: { schema: { type: object, properties: { kind: { type: string, nullable: true } } } } } } }",
    },
  },
});
