import { defineCheck } from '../check.js';
import { where } from '../describe.js';

export default defineCheck({
  id: 'request-property-pattern-added',
  event: 'PatternChanged',
  level: 'warn',
  description: 'A request body property gained a pattern.',
  rationale: 'Values that do not match are now rejected.',
  fix: 'Check logs for values that would fail the pattern before enforcing it.',
  applies: (e) => e.area === 'request-body' && e.from === undefined,
  message: (e) => `${where(e)} now must match ${e.to}`,
  examples: {
    bad: {
      name: 'adding a pattern to a request property may reject values',
      base: 'requestBody: { required: true, content: { application/json: { schema: { type: object, properties: { kind: { type: string } } } } } }',
      revision:
        'requestBody: { required: true, content: { application/json: { schema: { type: object, properties: { kind: { type: string, pattern: "^[a-z]+$" } } } } } }',
    },
    good: {
      name: 'adding a pattern to a response property only narrows what clients receive',
      base: "responses: { '200': { description: ok, content: { application/json: { schema: { type: object, properties: { kind: { type: string } } } } } } }",
      revision:
        'responses: { \'200\': { description: ok, content: { application/json: { schema: { type: object, properties: { kind: { type: string, pattern: "^[a-z]+$" } } } } } } }',
    },
  },
});
