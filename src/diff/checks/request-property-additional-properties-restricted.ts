import { defineCheck } from '../check.js';
import { where } from '../describe.js';

export default defineCheck({
  id: 'request-property-additional-properties-restricted',
  event: 'AdditionalPropertiesChanged',
  level: 'breaking',
  description: 'A request body object that accepted extra properties now rejects them.',
  rationale: 'Clients that send extra fields (often harmlessly, from a shared model) are rejected.',
  fix: 'Ignore unknown properties instead of rejecting them, or restrict them only in a new version.',
  applies: (e) => e.area === 'request-body' && e.to === 'none',
  message: (e) => `${where(e)} no longer accepts unknown properties`,
  examples: {
    bad: {
      name: 'forbidding additional properties in a request rejects clients that send extra fields',
      base: 'requestBody: { required: true, content: { application/json: { schema: { type: object, properties: { a: { type: string } } } } } }',
      revision:
        'requestBody: { required: true, content: { application/json: { schema: { type: object, properties: { a: { type: string } }, additionalProperties: false } } } }',
    },
    good: {
      name: 'forbidding them in a response is safe',
      base: "responses: { '200': { description: ok, content: { application/json: { schema: { type: object, properties: { a: { type: string } } } } } } }",
      revision:
        "responses: { '200': { description: ok, content: { application/json: { schema: { type: object, properties: { a: { type: string } }, additionalProperties: false } } } } }",
    },
  },
});
