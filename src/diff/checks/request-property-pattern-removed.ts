import { defineCheck } from '../check.js';
import { where } from '../describe.js';

export default defineCheck({
  id: 'request-property-pattern-removed',
  event: 'PatternChanged',
  level: 'info',
  description: 'A request body property dropped its pattern.',
  rationale: 'Every valid request stays valid.',
  fix: 'Nothing to do.',
  applies: (e) => e.area === 'request-body' && e.to === undefined,
  message: (e) => `${where(e)} no longer has a pattern (was ${e.from})`,
  examples: {
    bad: {
      name: 'removing a request property pattern is information',
      base: 'requestBody: { required: true, content: { application/json: { schema: { type: object, properties: { kind: { type: string, pattern: "^[a-z]+$" } } } } } }',
      revision: 'requestBody: { required: true, content: { application/json: { schema: { type: object, properties: { kind: { type: string } } } } } }',
    },
    good: {
      name: 'adding one is not a removal',
      base: 'requestBody: { required: true, content: { application/json: { schema: { type: object, properties: { kind: { type: string } } } } } }',
      revision:
        'requestBody: { required: true, content: { application/json: { schema: { type: object, properties: { kind: { type: string, pattern: "^[a-z]+$" } } } } } }',
    },
  },
});
