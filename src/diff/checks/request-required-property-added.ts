import { defineCheck } from '../check.js';
import { where } from '../describe.js';
import { inRequest } from '../fixture.js';

export default defineCheck({
  id: 'request-required-property-added',
  event: 'PropertyAdded',
  level: 'breaking',
  description: 'A request body gained a required property.',
  rationale: 'Every existing client omits it, so every existing request is rejected.',
  fix: 'Add the property as optional with a server-side default; make it required only in a new version.',
  applies: (e) => e.area === 'request-body' && e.required,
  message: (e) => `${where(e)} was added as required`,
  fixtures: {
    triggers: { name: 'a new required request property rejects every existing request', base: inRequest('{ type: object, properties: { name: { type: string } } }'), revision: inRequest('{ type: object, required: [age], properties: { name: { type: string }, age: { type: integer } } }') },
    passes: { name: 'a new optional request property breaks nobody', base: inRequest('{ type: object, properties: { name: { type: string } } }'), revision: inRequest('{ type: object, properties: { name: { type: string }, age: { type: integer } } }') },
  },
});
