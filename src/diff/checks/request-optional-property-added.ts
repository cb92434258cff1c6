import { defineCheck } from '../check.js';
import { where } from '../describe.js';

export default defineCheck({
  id: 'request-optional-property-added',
  event: 'PropertyAdded',
  level: 'info',
  description: 'A request body gained an optional property.',
  rationale: 'Existing requests stay valid.',
  fix: 'Nothing to do.',
  applies: (e) => e.area === 'request-body' && !e.required,
  message: (e) => `${where(e)} was added as optional`,
  examples: {
    bad: {
      name: 'a new optional request property is information',
      base: 'requestBody: { required: true, content: { application/json: { schema: { type: object, properties: { name: { type: string } } } } } }',
      revision:
        'requestBody: { required: true, content: { application/json: { schema: { type: object, properties: { name: { type: string }, age: { type: integer } } } } } }',
    },
    good: {
      name: 'a new required request property is reported by its own check',
      base: 'requestBody: { required: true, content: { application/json: { schema: { type: object, properties: { name: { type: string } } } } } }',
      revision:
        'requestBody: { required: true, content: { application/json: { schema: { type: object, required: [age], properties: { name: { type: string }, age: { type: integer } } } } } }',
    },
  },
});
