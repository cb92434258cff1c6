import { defineCheck } from '../check.js';
import { where } from '../describe.js';
import { inRequest, inResponse } from '../fixture.js';

export default defineCheck({
  id: 'response-property-became-required',
  event: 'RequiredAdded',
  level: 'info',
  description: 'A response property is now always present.',
  rationale: 'Clients that handled its absence keep working.',
  fix: 'Nothing to do.',
  applies: (e) => e.area === 'response-body',
  message: (e) => `${where(e)} is now always returned`,
  fixtures: {
    triggers: { name: 'a response property that becomes required is information', base: inResponse('{ type: object, properties: { name: { type: string }, age: { type: integer } } }'), revision: inResponse('{ type: object, required: [age], properties: { name: { type: string }, age: { type: integer } } }') },
    passes: { name: 'a request property that becomes required is judged by the request check', base: inRequest('{ type: object, properties: { name: { type: string }, age: { type: integer } } }'), revision: inRequest('{ type: object, required: [age], properties: { name: { type: string }, age: { type: integer } } }') },
  },
});
