import { mirror, type CheckCases } from './case.js';
import { oas } from '../fixtures/build.js';

const triggers = {
  name: 'removing a request body affects clients that send it',
  base: oas(`
    paths:
      /pets:
        post:
          requestBody: { required: false, content: { application/json: { schema: { type: object } } } }
          responses: { '201': { description: created } }
  `),
  revision: oas(`
    paths:
      /pets:
        post:
          responses: { '201': { description: created } }
  `),
};

export default { triggers, passes: mirror(triggers, 'adding one is not a removal') } satisfies CheckCases;
