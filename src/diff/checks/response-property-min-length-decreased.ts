import { defineCheck } from '../check.js';
import { fromTo, where } from '../describe.js';

export default defineCheck({
  id: 'response-property-min-length-decreased',
  event: 'MinLengthChanged',
  level: 'warn',
  description: 'A response property may return shorter strings (even empty ones) than before.',
  rationale: 'Clients that relied on a minimum (a non-empty name, a fixed-length code) may mis-handle shorter values.',
  fix: 'Announce the change; clients should stop assuming the old minimum first.',
  applies: (e) => e.area === 'response-body' && !e.narrowed,
  message: (e) => `minLength of ${where(e)} changed from ${fromTo(e.from, e.to)}`,
  examples: {
    bad: {
      name: 'lowering minLength of a response property may surprise clients',
      base: "responses: { '200': { description: ok, content: { application/json: { schema: { type: object, properties: { kind: { type: string, minLength: 5 } } } } } } }",
      revision:
        "responses: { '200': { description: ok, content: { application/json: { schema: { type: object, properties: { kind: { type: string, minLength: 2 } } } } } } }",
    },
    good: {
      name: 'lowering minLength of a request property is safe',
      base: 'requestBody: { required: true, content: { application/json: { schema: { type: object, properties: { kind: { type: string, minLength: 5 } } } } } }',
      revision:
        'requestBody: { required: true, content: { application/json: { schema: { type: object, properties: { kind: { type: string, minLength: 2 } } } } } }',
    },
  },
});
