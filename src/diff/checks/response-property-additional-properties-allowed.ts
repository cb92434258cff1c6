import { defineCheck } from '../check.js';
import { where } from '../describe.js';

export default defineCheck({
  id: 'response-property-additional-properties-allowed',
  event: 'AdditionalPropertiesChanged',
  level: 'warn',
  description: 'A response object that was closed may now contain unlisted properties.',
  rationale: 'Clients with strict deserialisers (unknown fields fail) break on the first extra field.',
  fix: 'Add the fields to the schema explicitly; tell strict clients to tolerate unknown fields.',
  applies: (e) => e.area === 'response-body' && e.from === 'none',
  message: (e) => `${where(e)} may now return properties it does not list`,
  examples: {
    bad: {
      name: 'opening a closed response object may break strict clients',
      base: "responses: { '200': { description: ok, content: { application/json: { schema: { type: object, properties: { a: { type: string } }, additionalProperties: false } } } } }",
      revision: "responses: { '200': { description: ok, content: { application/json: { schema: { type: object, properties: { a: { type: string } } } } } } }",
    },
    good: {
      name: 'opening a closed request object is safe',
      base: 'requestBody: { required: true, content: { application/json: { schema: { type: object, properties: { a: { type: string } }, additionalProperties: false } } } }',
      revision: 'requestBody: { required: true, content: { application/json: { schema: { type: object, properties: { a: { type: string } } } } } }',
    },
  },
});
