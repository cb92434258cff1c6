import { defineCheck } from '../check.js';
import { where } from '../describe.js';
import { inRequest, inResponse } from '../fixture.js';

export default defineCheck({
  id: 'request-property-deprecated',
  event: 'DeprecationAdded',
  level: 'info',
  description: 'A request body property was deprecated.',
  rationale: 'Clients should stop sending it before it is removed.',
  fix: 'Name the replacement in the description and set a Sunset date.',
  applies: (e) => e.area === 'request-body',
  message: (e) => `${where(e)} was deprecated`,
  fixtures: {
    triggers: { name: 'deprecating a request property is information', base: inRequest('{ type: object, properties: { name: { type: string }, age: { type: integer } } }'), revision: inRequest('{ type: object, properties: { name: { type: string }, age: { type: integer, deprecated: true } } }') },
    passes: { name: 'deprecating a response property is reported by the response check', base: inResponse('{ type: object, properties: { name: { type: string }, age: { type: integer } } }'), revision: inResponse('{ type: object, properties: { name: { type: string }, age: { type: integer, deprecated: true } } }') },
  },
});
