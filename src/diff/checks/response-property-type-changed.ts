import { defineCheck } from '../check.js';
import { where } from '../describe.js';

export default defineCheck({
  id: 'response-property-type-changed',
  event: 'TypeChanged',
  level: 'breaking',
  description: 'A response property may now hold values of a type clients do not expect.',
  rationale: 'Clients deserialise the property into the old type; a value of another type fails parsing or is misread.',
  fix: 'Return the new type in a new property and deprecate the old one.',
  applies: (e) => e.area === 'response-body' && !e.narrowed,
  // A change that is not a narrowing started from a stated type: any type narrows no type (any).
  message: (e) => `${where(e)} changed type from ${e.from.join('|')} to ${e.to.join('|') || 'any'}`,
  examples: {
    bad: {
      name: 'a response property that turns from integer to string breaks typed clients',
      base: "responses: { '200': { description: ok, content: { application/json: { schema: { type: object, properties: { kind: { type: integer } } } } } } }",
      revision:
        "responses: { '200': { description: ok, content: { application/json: { schema: { type: object, properties: { kind: { type: string } } } } } } }",
    },
    good: {
      name: 'narrowing a response property from number to integer returns only values clients already accept',
      base: "responses: { '200': { description: ok, content: { application/json: { schema: { type: object, properties: { kind: { type: number } } } } } } }",
      revision:
        "responses: { '200': { description: ok, content: { application/json: { schema: { type: object, properties: { kind: { type: integer } } } } } } }",
    },
  },
});
