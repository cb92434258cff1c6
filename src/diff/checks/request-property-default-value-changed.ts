import { defineCheck } from '../check.js';
import { fromTo, where } from '../describe.js';

export default defineCheck({
  id: 'request-property-default-value-changed',
  event: 'DefaultChanged',
  level: 'warn',
  description: 'A request body property has a different default value.',
  rationale: 'Clients that omit the property silently get different behaviour.',
  fix: 'Keep the old default; let clients opt in to the new value explicitly.',
  applies: (e) => e.area === 'request-body',
  message: (e) => `${where(e)} default changed from ${fromTo(e.from, e.to)}`,
  examples: {
    bad: {
      name: 'changing a request property default changes behaviour for clients that omit it',
      base: 'requestBody: { required: true, content: { application/json: { schema: { type: object, properties: { kind: { type: integer, default: 20 } } } } } }',
      revision:
        'requestBody: { required: true, content: { application/json: { schema: { type: object, properties: { kind: { type: integer, default: 50 } } } } } }',
    },
    good: {
      name: 'a default changed in a response schema does not change requests',
      base: "responses: { '200': { description: ok, content: { application/json: { schema: { type: object, properties: { kind: { type: integer, default: 20 } } } } } } }",
      revision:
        "responses: { '200': { description: ok, content: { application/json: { schema: { type: object, properties: { kind: { type: integer, default: 50 } } } } } } }",
    },
  },
});
