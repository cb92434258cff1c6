import { defineCheck } from '../check.js';
import { where } from '../describe.js';

export default defineCheck({
  id: 'request-required-property-added',
  event: 'PropertyAdded',
  level: 'breaking',
  description: 'A request body gained a required property.',
  rationale: 'Every existing client omits it, so every existing request is rejected.',
  fix: 'Add the property as optional with a server-side default; make it required only in a new version.',
  applies: (e) => e.area === 'request-body' && e.required,
  message: (e) => `${where(e)} was added as required`,
  examples: {
    bad: {
      name: 'a new required request property rejects every existing request',
      base: 'requestBody: { required: true, content: { application/json: { schema: { type: object, properties: { name: { type: string } } } } } }',
      revision:
        'requestBody: { required: true, content: { application/json: { schema: { type: object, required: [age], properties: { name: { type: string }, age: { type: integer } } } } } }',
    },
    good: {
      name: 'a new optional request property breaks nobody',
      base: 'requestBody: { required: true, content: { application/json: { schema: { type: object, properties: { name: { type: string } } } } } }',
      revision:
        'requestBody: { required: true, content: { application/json: { schema: { type: object, properties: { name: { type: string }, age: { type: integer } } } } } }',
    },
  },
});
