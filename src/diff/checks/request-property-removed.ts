import { defineCheck } from '../check.js';
import { where } from '../describe.js';
import { inRequest, inResponse } from '../fixture.js';

export default defineCheck({
  id: 'request-property-removed',
  event: 'PropertyRemoved',
  level: 'warn',
  removal: true,
  description: 'A request body property was removed.',
  rationale: 'Clients that still send it are rejected when unknown properties are forbidden, or have their value silently ignored.',
  fix: 'Deprecate the property with a Sunset date first; ignore it without error until then.',
  applies: (e) => e.area === 'request-body',
  message: (e) => `${where(e)} was removed`,
  fixtures: {
    triggers: { name: 'removing a request property affects clients that send it', base: inRequest('{ type: object, properties: { name: { type: string }, age: { type: integer } } }'), revision: inRequest('{ type: object, properties: { name: { type: string } } }') },
    passes: { name: 'removing a response property is judged by the response checks', base: inResponse('{ type: object, properties: { name: { type: string }, age: { type: integer } } }'), revision: inResponse('{ type: object, properties: { name: { type: string } } }') },
  },
});
