import { defineCheck } from '../check.js';
import { where } from '../describe.js';
import { inResponse } from '../fixture.js';

export default defineCheck({
  id: 'response-optional-property-removed',
  event: 'PropertyRemoved',
  level: 'warn',
  removal: true,
  description: 'An optional response property was removed.',
  rationale: 'Clients that use the property when present lose the data; code that expects it sometimes may mis-handle its absence.',
  fix: 'Deprecate the property with a Sunset date first, then remove it.',
  applies: (e) => e.area === 'response-body' && !e.required,
  message: (e) => `${where(e)} was removed`,
  fixtures: {
    triggers: { name: 'removing an optional response property is a warning', base: inResponse('{ type: object, properties: { name: { type: string }, age: { type: integer } } }'), revision: inResponse('{ type: object, properties: { name: { type: string } } }') },
    passes: { name: 'removing a required one is reported by its own check', base: inResponse('{ type: object, required: [age], properties: { name: { type: string }, age: { type: integer } } }'), revision: inResponse('{ type: object, properties: { name: { type: string } } }') },
  },
});
