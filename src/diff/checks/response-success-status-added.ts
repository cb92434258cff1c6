import { defineCheck } from '../check.js';

export default defineCheck({
  id: 'response-success-status-added',
  event: 'ResponseStatusAdded',
  level: 'warn',
  description: 'An operation may return a new success status.',
  rationale: 'Clients that check for one exact success status treat the new one as a failure.',
  fix: 'Tell clients to accept any 2xx, or return the new status only when they opt in.',
  applies: (e) => /^2/.test(e.status ?? ''),
  message: (e) => `success status ${e.status} may now be returned`,
  examples: {
    bad: {
      name: 'a new 202 beside 200 surprises clients that check for 200',
      base: "responses: { '200': { description: r200, content: { application/json: { schema: { type: object } } } } }",
      revision:
        "responses: { '200': { description: r200, content: { application/json: { schema: { type: object } } } }, '202': { description: r202, content: { application/json: { schema: { type: object } } } } }",
    },
    good: {
      name: 'a new error status is reported by its own check',
      base: "responses: { '200': { description: r200, content: { application/json: { schema: { type: object } } } } }",
      revision:
        "responses: { '200': { description: r200, content: { application/json: { schema: { type: object } } } }, '409': { description: r409, content: { application/json: { schema: { type: object } } } } }",
    },
  },
});
