import { defineCheck } from '../check.js';
import { where } from '../describe.js';

export default defineCheck({
  id: 'response-property-pattern-changed',
  event: 'PatternChanged',
  level: 'warn',
  description: 'A response property changed or dropped its pattern, so it may return values clients do not expect.',
  rationale: 'Clients that parse the value by its documented shape (an id prefix, a code format) may fail.',
  fix: 'Keep the old shape, or announce the new one before sending it.',
  // A pattern added to a response only narrows what clients receive; one changed or dropped widens it.
  applies: (e) => e.area === 'response-body' && e.from !== undefined,
  message: (e) => `${where(e)} pattern changed from ${e.from} to ${e.to ?? 'none'}`,
  examples: {
    bad: {
      name: 'changing a response property pattern may break clients that parse the value',
      base: 'responses: { \'200\': { description: ok, content: { application/json: { schema: { type: object, properties: { kind: { type: string, pattern: "^[a-z]+$" } } } } } } }',
      revision:
        'responses: { \'200\': { description: ok, content: { application/json: { schema: { type: object, properties: { kind: { type: string, pattern: "^[a-z0-9]+$" } } } } } } }',
    },
    good: {
      name: 'adding a pattern to a response only narrows what clients receive',
      base: "responses: { '200': { description: ok, content: { application/json: { schema: { type: object, properties: { kind: { type: string } } } } } } }",
      revision:
        'responses: { \'200\': { description: ok, content: { application/json: { schema: { type: object, properties: { kind: { type: string, pattern: "^[a-z]+$" } } } } } } }',
    },
  },
});
