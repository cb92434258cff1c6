import { defineCheck } from '../check.js';
import { where } from '../describe.js';

export default defineCheck({
  id: 'response-property-became-write-only',
  event: 'WriteOnlyChanged',
  level: 'breaking',
  description: 'A response property is now writeOnly, so responses no longer include it.',
  rationale: 'Clients that read the property find it missing.',
  fix: 'Keep returning the property until clients stop reading it; deprecate it first.',
  applies: (e) => e.area === 'response-body' && e.to,
  message: (e) => `${where(e)} became write-only and is no longer returned`,
  examples: {
    bad: {
      name: 'marking a response property writeOnly removes it from responses',
      base: "responses: { '200': { description: ok, content: { application/json: { schema: { type: object, properties: { id: { type: string } } } } } } }",
      revision:
        "responses: { '200': { description: ok, content: { application/json: { schema: { type: object, properties: { id: { type: string, writeOnly: true } } } } } } }",
    },
    good: {
      name: 'marking a request property writeOnly changes nothing for requests',
      base: 'requestBody: { required: true, content: { application/json: { schema: { type: object, properties: { id: { type: string } } } } } }',
      revision:
        'requestBody: { required: true, content: { application/json: { schema: { type: object, properties: { id: { type: string, writeOnly: true } } } } } }',
    },
  },
});
