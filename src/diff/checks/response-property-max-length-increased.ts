import { defineCheck } from '../check.js';
import { fromTo, where } from '../describe.js';

export default defineCheck({
  id: 'response-property-max-length-increased',
  event: 'MaxLengthChanged',
  level: 'warn',
  description: 'A response property may return longer strings than before.',
  rationale: 'Clients that size buffers, columns or UI fields to the documented limit may truncate or fail.',
  fix: 'Announce the new limit; clients that store the value should widen their storage first.',
  applies: (e) => e.area === 'response-body' && !e.narrowed,
  message: (e) => `maxLength of ${where(e)} changed from ${fromTo(e.from, e.to)}`,
  examples: {
    bad: {
      name: 'raising maxLength of a response property may overflow client storage',
      base: "responses: { '200': { description: ok, content: { application/json: { schema: { type: object, properties: { kind: { type: string, maxLength: 5 } } } } } } }",
      revision:
        "responses: { '200': { description: ok, content: { application/json: { schema: { type: object, properties: { kind: { type: string, maxLength: 10 } } } } } } }",
    },
    good: {
      name: 'raising maxLength of a request property is safe',
      base: 'requestBody: { required: true, content: { application/json: { schema: { type: object, properties: { kind: { type: string, maxLength: 5 } } } } } }',
      revision:
        'requestBody: { required: true, content: { application/json: { schema: { type: object, properties: { kind: { type: string, maxLength: 10 } } } } } }',
    },
  },
});
