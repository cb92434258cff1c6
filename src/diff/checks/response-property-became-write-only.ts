import { defineCheck } from '../check.js';
import { where } from '../describe.js';
import { inRequest, inResponse } from '../fixture.js';

export default defineCheck({
  id: 'response-property-became-write-only',
  event: 'WriteOnlyChanged',
  level: 'breaking',
  description: 'A response property is now writeOnly, so responses no longer include it.',
  rationale: 'Clients that read the property find it missing.',
  fix: 'Keep returning the property until clients stop reading it; deprecate it first.',
  applies: (e) => e.area === 'response-body' && e.to,
  message: (e) => `${where(e)} became write-only and is no longer returned`,
  fixtures: {
    triggers: { name: 'marking a response property writeOnly removes it from responses', base: inResponse('{ type: object, properties: { id: { type: string } } }'), revision: inResponse('{ type: object, properties: { id: { type: string, writeOnly: true } } }') },
    passes: { name: 'marking a request property writeOnly changes nothing for requests', base: inRequest('{ type: object, properties: { id: { type: string } } }'), revision: inRequest('{ type: object, properties: { id: { type: string, writeOnly: true } } }') },
  },
});
