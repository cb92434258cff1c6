import { mirror, type CheckCases } from './case.js';
import { tooManyRequests } from './response-non-success-status-added.js';
import { oas } from '../fixtures/build.js';

export default {
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
  more: [mirror(tooManyRequests, 'boundary: removing 429, which holds a 2, is no success removed')],
} satisfies CheckCases;
