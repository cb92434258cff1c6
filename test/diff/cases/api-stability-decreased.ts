import { mirror, type CheckCases } from './case.js';
import { oas } from '../fixtures/build.js';

const triggers = {
  name: 'taking a stable operation back to beta breaks its promise',
  base: oas(`
    paths:
      /pets:
        get:
          x-stability-level: stable
          responses: { '200': { description: ok } }
  `),
  revision: oas(`
    paths:
      /pets:
        get:
          x-stability-level: beta
          responses: { '200': { description: ok } }
  `),
};

export default { triggers, passes: mirror(triggers, 'promoting beta to stable is not a decrease') } satisfies CheckCases;
