import { mirror, type CheckCases } from './case.js';
import { oas } from '../fixtures/build.js';

const triggers = {
  name: 'accepting a new request content type is information',
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
          requestBody: { required: true, content: { application/json: { schema: { type: object } }, application/xml: { schema: { type: object } } } }
          responses: { '201': { description: created } }
  `),
};

export default { triggers, passes: mirror(triggers, 'dropping one is not adding one') } satisfies CheckCases;
