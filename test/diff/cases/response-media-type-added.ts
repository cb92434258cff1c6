import { mirror, type CheckCases } from './case.js';
import { oas } from '../fixtures/build.js';

const triggers = {
  name: 'offering a new response content type is information',
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
          responses: { '200': { description: r200, content: { application/json: { schema: { type: object } }, application/xml: { schema: { type: object } } } } }
  `),
};

export default { triggers, passes: mirror(triggers, 'dropping one is not adding one') } satisfies CheckCases;
