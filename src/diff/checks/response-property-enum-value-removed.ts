import { defineCheck } from '../check.js';
import { show, where } from '../describe.js';

export default defineCheck({
  id: 'response-property-enum-value-removed',
  event: 'EnumValueRemoved',
  level: 'info',
  description: 'A response property no longer returns one of its enum values.',
  rationale: 'Clients handle a subset of what they handled before; code for the old value becomes dead.',
  fix: 'Nothing to do; tell clients the value is gone so they can drop its handling.',
  applies: (e) => e.area === 'response-body',
  message: (e) => `${where(e)} no longer returns ${show(e.value)}`,
  examples: {
    bad: {
      name: 'removing a value from a response enum is information',
      base: "responses: { '200': { description: ok, content: { application/json: { schema: { type: object, properties: { kind: { type: string, enum: [cat, dog] } } } } } } }",
      revision:
        "responses: { '200': { description: ok, content: { application/json: { schema: { type: object, properties: { kind: { type: string, enum: [cat] } } } } } } }",
    },
    good: {
      name: 'adding a value to a response enum is not a removal',
      base: "responses: { '200': { description: ok, content: { application/json: { schema: { type: object, properties: { kind: { type: string, enum: [cat] } } } } } } }",
      revision:
        "responses: { '200': { description: ok, content: { application/json: { schema: { type: object, properties: { kind: { type: string, enum: [cat, dog] } } } } } } }",
    },
  },
});
