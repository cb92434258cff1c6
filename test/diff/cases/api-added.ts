import { mirror, type CheckCases } from './case.js';
import { oas } from '../fixtures/build.js';

const triggers = {
  name: 'adding an operation is information',
  base: oas(`
    paths:
      /pets:
        get:
          responses: { '200': { description: ok } }
  `),
  revision: oas(`
    paths:
      /pets:
        get:
          responses: { '200': { description: ok } }
        post:
          responses: { '201': { description: created } }
  `),
};

export default { triggers, passes: mirror(triggers, 'removing one is not adding one') } satisfies CheckCases;
