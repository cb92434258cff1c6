import { mirror, type CheckCases } from './case.js';
import { oas } from '../fixtures/build.js';

const triggers = {
  name: 'a required response header that becomes optional breaks clients that read it',
  base: oas(`
    paths:
      /pets:
        get:
          responses: { '200': { description: r200, content: { application/json: { schema: { type: object } } }, headers: { X-Rate-Limit: { required: true, schema: { type: integer } } } } }
  `),
  revision: oas(`
    paths:
      /pets:
        get:
          responses: { '200': { description: r200, content: { application/json: { schema: { type: object } } }, headers: { X-Rate-Limit: { schema: { type: integer } } } } }
  `),
};

export default { triggers, passes: mirror(triggers, 'a header that becomes required only promises more') } satisfies CheckCases;
