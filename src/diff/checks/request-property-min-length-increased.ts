import { defineCheck } from '../check.js';
import { fromTo, where } from '../describe.js';

export default defineCheck({
  id: 'request-property-min-length-increased',
  event: 'MinLengthChanged',
  level: 'breaking',
  description: 'A request body property requires longer strings than before.',
  rationale: 'Clients that send short values that used to be valid are rejected.',
  fix: 'Keep the old minimum during a transition.',
  applies: (e) => e.area === 'request-body' && e.narrowed,
  message: (e) => `minLength of ${where(e)} changed from ${fromTo(e.from, e.to)}`,
  examples: {
    bad: {
      name: 'raising minLength of a request property rejects short values',
      base: 'requestBody: { required: true, content: { application/json: { schema: { type: object, properties: { kind: { type: string, minLength: 2 } } } } } }',
      revision:
        'requestBody: { required: true, content: { application/json: { schema: { type: object, properties: { kind: { type: string, minLength: 5 } } } } } }',
    },
    good: {
      name: 'raising minLength of a response property is safe for clients',
      base: "responses: { '200': { description: ok, content: { application/json: { schema: { type: object, properties: { kind: { type: string, minLength: 2 } } } } } } }",
      revision:
        "responses: { '200': { description: ok, content: { application/json: { schema: { type: object, properties: { kind: { type: string, minLength: 5 } } } } } } }",
    },
  },
});
