import { defineCheck } from '../check.js';
import { where } from '../describe.js';
import { inRequest, inResponse } from '../fixture.js';

export default defineCheck({
  id: 'request-property-became-required',
  event: 'RequiredAdded',
  level: 'breaking',
  description: 'An optional request body property became required.',
  rationale: 'Clients that omit it are rejected.',
  fix: 'Keep it optional with a server-side default.',
  applies: (e) => e.area === 'request-body',
  message: (e) => `${where(e)} became required`,
  fixtures: {
    triggers: { name: 'making a request property required rejects clients that omit it', base: inRequest('{ type: object, properties: { name: { type: string }, age: { type: integer } } }'), revision: inRequest('{ type: object, required: [age], properties: { name: { type: string }, age: { type: integer } } }') },
    passes: { name: 'making a response property required only promises more', base: inResponse('{ type: object, properties: { name: { type: string }, age: { type: integer } } }'), revision: inResponse('{ type: object, required: [age], properties: { name: { type: string }, age: { type: integer } } }') },
  },
});
