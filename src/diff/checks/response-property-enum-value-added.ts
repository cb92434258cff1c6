import { defineCheck } from '../check.js';
import { show, where } from '../describe.js';

export default defineCheck({
  id: 'response-property-enum-value-added',
  event: 'EnumValueAdded',
  level: 'warn',
  description: 'A response property may return a new enum value (the contract does not declare its enums closed).',
  rationale:
    'Strict clients switch over the known values and generated enums may fail on an unknown one; but most APIs (GitHub, Stripe) document response enums as open to additions, so this is a warning. Declare `x-extensible-enum: false` on the schema, or in `info` for every enum, to make it breaking (response-closed-enum-value-added).',
  fix: 'Ship clients that tolerate unknown values first, or return the new value only to clients that opt in.',
  applies: (e) => e.area === 'response-body' && !e.closed,
  message: (e) => `${where(e)} may now return ${show(e.value)}`,
  examples: {
    bad: {
      name: 'a new value in a response enum not declared closed warns: strict clients may not know it',
      base: "responses: { '200': { description: ok, content: { application/json: { schema: { type: object, properties: { kind: { type: string, enum: [cat] } } } } } } }",
      revision:
        "responses: { '200': { description: ok, content: { application/json: { schema: { type: object, properties: { kind: { type: string, enum: [cat, dog] } } } } } } }",
    },
    good: {
      name: 'the same new value in a request is safe',
      base: 'requestBody: { required: true, content: { application/json: { schema: { type: object, properties: { kind: { type: string, enum: [cat] } } } } } }',
      revision:
        'requestBody: { required: true, content: { application/json: { schema: { type: object, properties: { kind: { type: string, enum: [cat, dog] } } } } } }',
    },
  },
});
