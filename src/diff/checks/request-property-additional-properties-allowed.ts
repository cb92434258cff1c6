import { defineCheck } from '../check.js';
import { where } from '../describe.js';

export default defineCheck({
  id: 'request-property-additional-properties-allowed',
  event: 'AdditionalPropertiesChanged',
  level: 'info',
  description: 'A request body object now accepts extra properties.',
  rationale: 'Every valid request stays valid.',
  fix: 'Nothing to do.',
  applies: (e) => e.area === 'request-body' && e.from === 'none',
  message: (e) => `${where(e)} now accepts properties it does not list`,
  examples: {
    bad: {
      name: 'allowing additional properties in a request is information',
      base: 'requestBody: { required: true, content: { application/json: { schema: { type: object, properties: { a: { type: string } }, additionalProperties: false } } } }',
      revision: 'requestBody: { required: true, content: { application/json: { schema: { type: object, properties: { a: { type: string } } } } } }',
    },
    good: {
      name: 'restricting them is not allowing them',
      base: 'requestBody: { required: true, content: { application/json: { schema: { type: object, properties: { a: { type: string } } } } } }',
      revision:
        'requestBody: { required: true, content: { application/json: { schema: { type: object, properties: { a: { type: string } }, additionalProperties: false } } } }',
    },
  },
});
