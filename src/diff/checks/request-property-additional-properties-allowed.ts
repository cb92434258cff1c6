import { defineCheck } from '../check.js';
import { where } from '../describe.js';
import { inRequest } from '../fixture.js';

export default defineCheck({
  id: 'request-property-additional-properties-allowed',
  event: 'AdditionalPropertiesChanged',
  level: 'info',
  description: 'A request body object now accepts extra properties.',
  rationale: 'Every valid request stays valid.',
  fix: 'Nothing to do.',
  applies: (e) => e.area === 'request-body' && e.from === 'none',
  message: (e) => `${where(e)} now accepts properties it does not list`,
  fixtures: {
    triggers: { name: 'allowing additional properties in a request is information', base: inRequest('{ type: object, properties: { a: { type: string } }, additionalProperties: false }'), revision: inRequest('{ type: object, properties: { a: { type: string } } }') },
    passes: { name: 'restricting them is not allowing them', base: inRequest('{ type: object, properties: { a: { type: string } } }'), revision: inRequest('{ type: object, properties: { a: { type: string } }, additionalProperties: false }') },
  },
});
