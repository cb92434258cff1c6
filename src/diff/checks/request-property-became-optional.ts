import { defineCheck } from '../check.js';
import { where } from '../describe.js';
import { inRequest, inResponse } from '../fixture.js';

export default defineCheck({
  id: 'request-property-became-optional',
  event: 'RequiredRemoved',
  level: 'info',
  description: 'A required request body property became optional.',
  rationale: 'Existing requests stay valid.',
  fix: 'Nothing to do.',
  applies: (e) => e.area === 'request-body',
  message: (e) => `${where(e)} became optional`,
  fixtures: {
    triggers: { name: 'making a request property optional is information', base: inRequest('{ type: object, required: [age], properties: { name: { type: string }, age: { type: integer } } }'), revision: inRequest('{ type: object, properties: { name: { type: string }, age: { type: integer } } }') },
    passes: { name: 'making a response property optional is judged by the response check', base: inResponse('{ type: object, required: [age], properties: { name: { type: string }, age: { type: integer } } }'), revision: inResponse('{ type: object, properties: { name: { type: string }, age: { type: integer } } }') },
  },
});
