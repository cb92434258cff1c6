import { defineCheck } from '../check.js';
import { where } from '../describe.js';

export default defineCheck({
  id: 'response-property-type-specialized',
  event: 'TypeChanged',
  level: 'info',
  description: 'A response property now returns a narrower type, a subset of what it returned before.',
  rationale: 'Clients already accept every value of the narrower type.',
  fix: 'Nothing to do.',
  applies: (e) => e.area === 'response-body' && e.narrowed,
  // A narrowing states a type: no type (any) narrows nothing.
  message: (e) => `${where(e)} narrowed its type from ${e.from.join('|') || 'any'} to ${e.to.join('|')}`,
  examples: {
    bad: {
      name: 'narrowing a response property from number to integer is information',
      base: "responses: { '200': { description: ok, content: { application/json: { schema: { type: object, properties: { kind: { type: number } } } } } } }",
      revision:
        "responses: { '200': { description: ok, content: { application/json: { schema: { type: object, properties: { kind: { type: integer } } } } } } }",
    },
    good: {
      name: 'widening a response property is not a specialisation',
      base: "responses: { '200': { description: ok, content: { application/json: { schema: { type: object, properties: { kind: { type: integer } } } } } } }",
      revision:
        "responses: { '200': { description: ok, content: { application/json: { schema: { type: object, properties: { kind: { type: number } } } } } } }",
    },
  },
});
