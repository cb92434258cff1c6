import type { Case, CheckCases } from './case.js';
import { oas } from '../fixtures/build.js';

/** GET /pets documenting 200 and, in the revision, 429 too: a status that holds a 2 without being a success. */
export const tooManyRequests: Case = {
  name: 'boundary: 429 holds a 2 but is no success status',
  base: oas(`
    paths:
      /pets:
        get:
          responses: { '200': { description: r200 } }
  `),
  revision: oas(`
    paths:
      /pets:
        get:
          responses: { '200': { description: r200 }, '429': { description: r429 } }
  `),
};

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
  more: [tooManyRequests],
} satisfies CheckCases;
