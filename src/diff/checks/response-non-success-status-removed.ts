import { defineCheck } from '../check.js';

export default defineCheck({
  id: 'response-non-success-status-removed',
  event: 'ResponseStatusRemoved',
  level: 'warn',
  tags: ['removal'],
  description: 'An operation no longer documents one of its non-success statuses.',
  rationale: 'Clients that handle that status keep dead code; if the server still sends it, clients lose its documented body.',
  fix: 'Remove the status only when the server has stopped sending it.',
  applies: (e) => !/^2/.test(e.status ?? ''),
  message: (e) => `status ${e.status} is no longer documented`,
  examples: {
    bad: {
      name: 'removing a documented error status is a warning',
      base: "responses: { '200': { description: r200, content: { application/json: { schema: { type: object } } } }, '404': { description: r404, content: { application/json: { schema: { type: object } } } } }",
      revision: "responses: { '200': { description: r200, content: { application/json: { schema: { type: object } } } } }",
    },
    good: {
      name: 'removing a success status is reported by its own check',
      base: "responses: { '200': { description: r200, content: { application/json: { schema: { type: object } } } }, '201': { description: r201, content: { application/json: { schema: { type: object } } } } }",
      revision: "responses: { '201': { description: r201, content: { application/json: { schema: { type: object } } } } }",
    },
  },
});
