import { defineCheck } from '../check.js';
import { where } from '../describe.js';

export default defineCheck({
  id: 'request-property-type-changed',
  event: 'TypeChanged',
  level: 'breaking',
  description: 'A request body property changed to a type that does not accept every value it accepted before.',
  rationale: 'Clients serialise the property as before and the server now rejects the request.',
  fix: 'Accept both types for a transition period, or add a new property beside the old one.',
  applies: (e) => e.area === 'request-body' && !e.widened,
  // A change that is not a widening states a type: no type (any) would widen.
  message: (e) => `${where(e)} changed type from ${e.from.join('|') || 'any'} to ${e.to.join('|')}`,
  examples: {
    bad: {
      name: 'changing a request property from string to integer breaks clients that send strings',
      base: 'requestBody: { required: true, content: { application/json: { schema: { type: object, properties: { kind: { type: string } } } } } }',
      revision: 'requestBody: { required: true, content: { application/json: { schema: { type: object, properties: { kind: { type: integer } } } } } }',
    },
    good: {
      name: 'the same type change in a response is judged by the response check',
      base: "responses: { '200': { description: ok, content: { application/json: { schema: { type: object, properties: { kind: { type: string } } } } } } }",
      revision:
        "responses: { '200': { description: ok, content: { application/json: { schema: { type: object, properties: { kind: { type: integer } } } } } } }",
    },
  },
});
