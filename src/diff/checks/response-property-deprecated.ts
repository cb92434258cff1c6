import { defineCheck } from '../check.js';
import { where } from '../describe.js';
import { inRequest, inResponse } from '../fixture.js';

export default defineCheck({
  id: 'response-property-deprecated',
  event: 'DeprecationAdded',
  level: 'info',
  description: 'A response property was deprecated.',
  rationale: 'Clients should stop reading it before it is removed.',
  fix: 'Name the replacement in the description and set a Sunset date.',
  applies: (e) => e.area === 'response-body',
  message: (e) => `${where(e)} was deprecated`,
  fixtures: {
    triggers: { name: 'deprecating a response property is information', base: inResponse('{ type: object, properties: { name: { type: string }, age: { type: integer } } }'), revision: inResponse('{ type: object, properties: { name: { type: string }, age: { type: integer, deprecated: true } } }') },
    passes: { name: 'deprecating a request property is reported by the request check', base: inRequest('{ type: object, properties: { name: { type: string }, age: { type: integer } } }'), revision: inRequest('{ type: object, properties: { name: { type: string }, age: { type: integer, deprecated: true } } }') },
  },
});
