import { defineCheck } from '../check.js';

export default defineCheck({
  id: 'response-non-success-status-added',
  event: 'ResponseStatusAdded',
  level: 'info',
  description: 'An operation documents a new non-success status.',
  rationale: 'Clients should already handle unknown errors by their class (4xx, 5xx); documenting one is good.',
  fix: 'Nothing to do.',
  applies: (e) => !/^2/.test(e.status ?? ''),
  message: (e) => `status ${e.status} is now documented`,
  examples: {
    bad: {
      name: 'documenting a new 409 is information',
      base: "responses: { '200': { description: r200, content: { application/json: { schema: { type: object } } } } }",
      revision:
        "responses: { '200': { description: r200, content: { application/json: { schema: { type: object } } } }, '409': { description: r409, content: { application/json: { schema: { type: object } } } } }",
    },
    good: {
      name: 'a new success status is reported by its own check',
      base: "responses: { '200': { description: r200, content: { application/json: { schema: { type: object } } } } }",
      revision:
        "responses: { '200': { description: r200, content: { application/json: { schema: { type: object } } } }, '202': { description: r202, content: { application/json: { schema: { type: object } } } } }",
    },
  },
});
