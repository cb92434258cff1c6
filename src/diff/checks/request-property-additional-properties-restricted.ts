import { defineCheck } from '../check.js';
import { where } from '../describe.js';
import { inRequest, inResponse } from '../fixture.js';

export default defineCheck({
  id: 'request-property-additional-properties-restricted',
  event: 'AdditionalPropertiesChanged',
  level: 'breaking',
  description: 'A request body object that accepted extra properties now rejects them.',
  rationale: 'Clients that send extra fields (often harmlessly, from a shared model) are rejected.',
  fix: 'Ignore unknown properties instead of rejecting them, or restrict them only in a new version.',
  applies: (e) => e.area === 'request-body' && e.to === 'none',
  message: (e) => `${where(e)} no longer accepts unknown properties`,
  fixtures: {
    triggers: { name: 'forbidding additional properties in a request rejects clients that send extra fields', base: inRequest('{ type: object, properties: { a: { type: string } } }'), revision: inRequest('{ type: object, properties: { a: { type: string } }, additionalProperties: false }') },
    passes: { name: 'forbidding them in a response is safe', base: inResponse('{ type: object, properties: { a: { type: string } } }'), revision: inResponse('{ type: object, properties: { a: { type: string } }, additionalProperties: false }') },
  },
});
