import { mirror, type CheckCases } from './case.js';
import { oas } from '../fixtures/build.js';

const triggers = {
  name: 'adding a tag is information',
  base: oas(`
    paths:
      /pets:
        get:
          tags: [pets]
          responses: { '200': { description: ok } }
  `),
  revision: oas(`
    paths:
      /pets:
        get:
          tags: [pets, store]
          responses: { '200': { description: ok } }
  `),
};

export default { triggers, passes: mirror(triggers, 'removing one is not adding one') } satisfies CheckCases;
