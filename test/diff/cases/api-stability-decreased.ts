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

export default {
  triggers,
  passes: mirror(triggers, 'promoting beta to stable is not a decrease'),
  more: [
    {
      name: 'boundary: no level declared is stable, so stable to none is no decrease',
      base: triggers.base,
      revision: triggers.base.replace('x-stability-level: stable\n', ''),
    },
    {
      name: 'boundary: alpha to experimental is one step down',
      base: triggers.base.replace('stable', 'alpha'),
      revision: triggers.base.replace('stable', 'experimental'),
    },
    {
      name: 'boundary: no level declared is stable, so none to beta is a decrease',
      base: triggers.base.replace('x-stability-level: stable\n', ''),
      revision: triggers.revision,
    },
  ],
} satisfies CheckCases;
