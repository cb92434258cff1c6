import { mirror, type CheckCases } from './case.js';
import { oas } from '../fixtures/build.js';

const triggers = {
  name: 'a new response header is information',
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
          responses: { '200': { description: r200, content: { application/json: { schema: { type: object } } }, headers: { X-Rate-Limit: { schema: { type: integer } } } } }
  `),
};

export default { triggers, passes: mirror(triggers, 'removing a header is not adding one') } satisfies CheckCases;
