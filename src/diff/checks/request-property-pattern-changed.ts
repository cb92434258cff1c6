import { defineCheck } from '../check.js';
import { where } from '../describe.js';

export default defineCheck({
  id: 'request-property-pattern-changed',
  event: 'PatternChanged',
  level: 'warn',
  description: 'A request body property changed its pattern.',
  rationale: 'A narrower pattern rejects values clients send today.',
  fix: 'Make sure the new pattern accepts every value the old one did.',
  applies: (e) => e.area === 'request-body' && e.from !== undefined && e.to !== undefined,
  message: (e) => `${where(e)} pattern changed from ${e.from} to ${e.to}`,
  examples: {
    bad: {
      name: 'changing a request property pattern is a warning',
      base: 'requestBody: { required: true, content: { application/json: { schema: { type: object, properties: { kind: { type: string, pattern: "^[a-z]+$" } } } } } }',
      revision:
        'requestBody: { required: true, content: { application/json: { schema: { type: object, properties: { kind: { type: string, pattern: "^[a-z0-9]+$" } } } } } }',
    },
    good: {
      name: 'changing a response property pattern is judged by the response check',
      base: 'responses: { \'200\': { description: ok, content: { application/json: { schema: { type: object, properties: { kind: { type: string, pattern: "^[a-z]+$" } } } } } } }',
      revision:
        'responses: { \'200\': { description: ok, content: { application/json: { schema: { type: object, properties: { kind: { type: string, pattern: "^[a-z0-9]+$" } } } } } } }',
    },
  },
});
