import { defineCheck } from '../check.js';
import { showValues, where } from '../describe.js';

export default defineCheck({
  id: 'request-property-enum-removed',
  event: 'EnumConstraintRemoved',
  level: 'info',
  description: 'A request body property no longer restricts its values to a list.',
  rationale: 'Every request that was valid stays valid.',
  fix: 'Nothing to do.',
  applies: (e) => e.area === 'request-body',
  message: (e) => `${where(e)} accepts any value now (was ${showValues(e.values)})`,
  examples: {
    bad: {
      name: 'lifting a request enum is information',
      base: 'requestBody: { required: true, content: { application/json: { schema: { type: object, properties: { kind: { type: string, enum: [small, large] } } } } } }',
      revision: 'requestBody: { required: true, content: { application/json: { schema: { type: object, properties: { kind: { type: string } } } } } }',
    },
    good: {
      name: 'lifting a response enum is judged by the response check',
      base: "responses: { '200': { description: ok, content: { application/json: { schema: { type: object, properties: { kind: { type: string, enum: [small, large] } } } } } } }",
      revision:
        "responses: { '200': { description: ok, content: { application/json: { schema: { type: object, properties: { kind: { type: string } } } } } } }",
    },
  },
});
