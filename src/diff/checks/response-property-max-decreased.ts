import { defineCheck } from '../check.js';
import { boundFromTo, where } from '../describe.js';

export default defineCheck({
  id: 'response-property-max-decreased',
  event: 'MaximumChanged',
  level: 'info',
  description: 'A response property returns a lower maximum than before.',
  rationale: 'Clients already accept the smaller range.',
  fix: 'Nothing to do.',
  applies: (e) => e.area === 'response-body' && e.narrowed,
  message: (e) => `maximum of ${where(e)} changed from ${boundFromTo(e)}`,
  examples: {
    bad: {
      name: 'lowering a response maximum is information',
      base: "responses: { '200': { description: ok, content: { application/json: { schema: { type: object, properties: { kind: { type: integer, maximum: 100 } } } } } } }",
      revision:
        "responses: { '200': { description: ok, content: { application/json: { schema: { type: object, properties: { kind: { type: integer, maximum: 50 } } } } } } }",
    },
    good: {
      name: 'raising it is not a decrease',
      base: "responses: { '200': { description: ok, content: { application/json: { schema: { type: object, properties: { kind: { type: integer, maximum: 50 } } } } } } }",
      revision:
        "responses: { '200': { description: ok, content: { application/json: { schema: { type: object, properties: { kind: { type: integer, maximum: 100 } } } } } } }",
    },
  },
});
