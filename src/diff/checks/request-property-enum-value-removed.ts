import { defineCheck } from '../check.js';
import { show, where } from '../describe.js';

export default defineCheck({
  id: 'request-property-enum-value-removed',
  event: 'EnumValueRemoved',
  level: 'breaking',
  description: 'A request body property no longer accepts one of its enum values.',
  rationale: 'Clients that send the removed value are rejected.',
  fix: 'Keep accepting the value and map it on the server; deprecate it in the description.',
  applies: (e) => e.area === 'request-body',
  message: (e) => `${where(e)} no longer accepts ${show(e.value)}`,
  examples: {
    bad: {
      name: 'removing an enum value from a request property breaks clients that send it',
      base: 'requestBody: { required: true, content: { application/json: { schema: { type: object, properties: { kind: { type: string, enum: [cat, dog] } } } } } }',
      revision:
        'requestBody: { required: true, content: { application/json: { schema: { type: object, properties: { kind: { type: string, enum: [cat] } } } } } }',
    },
    good: {
      name: 'removing an enum value from a response property only narrows what clients receive',
      base: "responses: { '200': { description: ok, content: { application/json: { schema: { type: object, properties: { kind: { type: string, enum: [cat, dog] } } } } } } }",
      revision:
        "responses: { '200': { description: ok, content: { application/json: { schema: { type: object, properties: { kind: { type: string, enum: [cat] } } } } } } }",
    },
  },
});
