import { defineCheck } from '../check.js';

export default defineCheck({
  id: 'response-success-status-removed',
  event: 'ResponseStatusRemoved',
  level: 'breaking',
  tags: ['removal'],
  description: 'An operation no longer returns one of its success statuses.',
  rationale: 'Clients check for that status to detect success; they now treat a successful call as a failure or miss its body.',
  fix: 'Keep returning the status; announce a new one with a new version.',
  applies: (e) => /^2/.test(e.status ?? ''),
  message: (e) => `success status ${e.status} is no longer returned`,
  examples: {
    bad: {
      name: 'dropping 200 in favour of 204 breaks clients that check for 200',
      base: "responses: { '200': { description: r200, content: { application/json: { schema: { type: object } } } } }",
      revision: "responses: { '204': { description: r204, content: { application/json: { schema: { type: object } } } } }",
    },
    good: {
      name: 'dropping an error status is reported by its own check',
      base: "responses: { '200': { description: r200, content: { application/json: { schema: { type: object } } } }, '404': { description: r404, content: { application/json: { schema: { type: object } } } } }",
      revision: "responses: { '200': { description: r200, content: { application/json: { schema: { type: object } } } } }",
    },
  },
});
