import { defineCheck } from '../check.js';
import { where } from '../describe.js';
import { inRequest, inResponse } from '../fixture.js';

export default defineCheck({
  id: 'response-property-added',
  event: 'PropertyAdded',
  level: 'info',
  description: 'A response gained a property.',
  rationale: 'Tolerant clients ignore fields they do not know.',
  fix: 'Nothing to do; strict clients must tolerate unknown fields.',
  applies: (e) => e.area === 'response-body',
  message: (e) => `${where(e)} was added`,
  fixtures: {
    triggers: { name: 'a new response property is information', base: inResponse('{ type: object, properties: { name: { type: string } } }'), revision: inResponse('{ type: object, properties: { name: { type: string }, age: { type: integer } } }') },
    passes: { name: 'a new request property is judged by the request checks', base: inRequest('{ type: object, properties: { name: { type: string } } }'), revision: inRequest('{ type: object, properties: { name: { type: string }, age: { type: integer } } }') },
  },
});
