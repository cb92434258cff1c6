import { defineCheck } from '../check.js';
import { oas } from '../fixture.js';

export default defineCheck({
  id: 'response-non-success-status-removed',
  event: 'ResponseStatusRemoved',
  level: 'warn',
  removal: true,
  description: 'An operation no longer documents one of its non-success statuses.',
  rationale: 'Clients that handle that status keep dead code; if the server still sends it, clients lose its documented body.',
  fix: 'Remove the status only when the server has stopped sending it.',
  applies: (e) => !/^2/.test(e.status ?? ''),
  message: (e) => `status ${e.status} is no longer documented`,
  fixtures: {
    triggers: {
      name: 'removing a documented error status is a warning',
      base: oas(`
        paths:
          /pets:
            get:
              responses: { '200': { description: r200, content: { application/json: { schema: { type: object } } } }, '404': { description: r404, content: { application/json: { schema: { type: object } } } } }
      `),
      revision: oas(`
        paths:
          /pets:
            get:
              responses: { '200': { description: r200, content: { application/json: { schema: { type: object } } } } }
      `),
    },
    passes: {
      name: 'removing a success status is reported by its own check',
      base: oas(`
        paths:
          /pets:
            get:
              responses: { '200': { description: r200, content: { application/json: { schema: { type: object } } } }, '201': { description: r201, content: { application/json: { schema: { type: object } } } } }
      `),
      revision: oas(`
        paths:
          /pets:
            get:
              responses: { '201': { description: r201, content: { application/json: { schema: { type: object } } } } }
      `),
    },
  },
});
