import { defineCheck } from '../check.js';
import { show, where } from '../describe.js';

export default defineCheck({
  id: 'response-closed-enum-value-added',
  event: 'EnumValueAdded',
  level: 'breaking',
  description:
    'A response property or header may return a new value of an enum the contract declares closed (`x-extensible-enum: false` on the schema, or in `info` for every enum).',
  rationale:
    'The contract promised the list was complete, so clients were entitled to switch over it exhaustively: a value they do not know fails to deserialise or falls through.',
  fix: 'Ship clients that tolerate the new value first, or return it only to clients that opt in; declare the enum open if more values will come.',
  applies: (e) => (e.area === 'response-body' || e.area === 'response-header') && e.closed,
  message: (e) => `${where(e)} may now return ${show(e.value)}, outside an enum declared closed`,
  examples: {
    bad: {
      name: 'a new value in a response enum declared closed breaks clients that switch over it',
      base: "responses: { '200': { description: ok, content: { application/json: { schema: { type: object, properties: { kind: { type: string, enum: [cat], x-extensible-enum: false } } } } } } }",
      revision:
        "responses: { '200': { description: ok, content: { application/json: { schema: { type: object, properties: { kind: { type: string, enum: [cat, dog], x-extensible-enum: false } } } } } } }",
    },
    good: {
      name: 'the same addition to an enum not declared closed is a warning (response-property-enum-value-added)',
      base: "responses: { '200': { description: ok, content: { application/json: { schema: { type: object, properties: { kind: { type: string, enum: [cat] } } } } } } }",
      revision:
        "responses: { '200': { description: ok, content: { application/json: { schema: { type: object, properties: { kind: { type: string, enum: [cat, dog] } } } } } } }",
    },
  },
});
