import { mirror, type CheckCases } from './case.js';
import { oas } from '../fixtures/build.js';

const triggers = {
  name: 'making the request body optional is information',
  base: oas(`
    paths:
      /pets:
        post:
          requestBody: { required: true, content: { application/json: { schema: { type: object } } } }
          responses: { '201': { description: created } }
  `),
  revision: oas(`
    paths:
      /pets:
        post:
          requestBody: { required: false, content: { application/json: { schema: { type: object } } } }
          responses: { '201': { description: created } }
  `),
};

export default { triggers, passes: mirror(triggers, 'making it required is not the reverse') } satisfies CheckCases;
