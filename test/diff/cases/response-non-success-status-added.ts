import type { CheckCases } from './case.js';
import { oas } from '../fixtures/build.js';

export default {
  triggers: {
    name: 'documenting a new 409 is information',
    base: oas(`
      paths:
        /pets:
          get:
            responses: { '200': { description: r200, content: { application/json: { schema: { type: object } } } } }
    `),
    revision: oas(`
      paths:
        /pets:
          get:
            responses: { '200': { description: r200, content: { application/json: { schema: { type: object } } } }, '409': { description: r409, content: { application/json: { schema: { type: object } } } } }
    `),
  },
  passes: {
    name: 'a new success status is reported by its own check',
    base: oas(`
      paths:
        /pets:
          get:
            responses: { '200': { description: r200, content: { application/json: { schema: { type: object } } } } }
    `),
    revision: oas(`
      paths:
        /pets:
          get:
            responses: { '200': { description: r200, content: { application/json: { schema: { type: object } } } }, '202': { description: r202, content: { application/json: { schema: { type: object } } } } }
    `),
  },
} satisfies CheckCases;
