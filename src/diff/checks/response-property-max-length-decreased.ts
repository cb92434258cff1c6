import { defineCheck } from '../check.js';
import { fromTo, where } from '../describe.js';

export default defineCheck({
  id: 'response-property-max-length-decreased',
  event: 'MaxLengthChanged',
  level: 'info',
  description: 'A response property returns shorter strings than before.',
  rationale: 'Clients already accept the shorter values.',
  fix: 'Nothing to do.',
  applies: (e) => e.area === 'response-body' && e.narrowed,
  message: (e) => `maxLength of ${where(e)} changed from ${fromTo(e.from, e.to)}`,
  examples: {
    bad: {
      name: 'lowering maxLength of a response property is information',
      base: "responses: { '200': { description: ok, content: { application/json: { schema: { type: object, properties: { kind: { type: string, maxLength: 10 } } } } } } }",
      revision:
        "responses: { '200': { description: ok, content: { application/json: { schema: { type: object, properties: { kind: { type: string, maxLength: 5 } } } } } } }",
    },
    good: {
      name: 'raising it is not a decrease',
      base: "responses: { '200': { description: ok, content: { application/json: { schema: { type: object, properties: { kind: { type: string, maxLength: 5 } } } } } } }",
      revision:
        "responses: { '200': { description: ok, content: { application/json: { schema: { type: object, properties: { kind: { type: string, maxLength: 10 } } } } } } }",
    },
  },
});
