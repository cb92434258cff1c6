import { mirror, type CheckCases } from './case.js';
import { oas } from '../fixtures/build.js';

const triggers = {
  name: 'deprecating an operation is information',
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
          deprecated: true
          responses: { '200': { description: ok } }
  `),
};

export default { triggers, passes: mirror(triggers, 'reactivating one is not deprecating it') } satisfies CheckCases;
