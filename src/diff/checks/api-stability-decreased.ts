import { defineCheck } from '../check.js';
import { oas } from '../fixture.js';
import { stabilityRank } from '../policy.js';

export default defineCheck({
  id: 'api-stability-decreased',
  event: 'StabilityChanged',
  level: 'breaking',
  description: 'An operation promises less stability than before (stable to beta).',
  rationale: 'Clients built on a stable promise now depend on something that may break without notice.',
  fix: 'Keep the stable operation and offer the unstable variant beside it.',
  applies: (e) => stabilityRank(e.to) < stabilityRank(e.from),
  message: (e) => `stability of ${e.operation} decreased from ${e.from ?? 'stable'} to ${e.to ?? 'stable'}`,
  fixtures: {
    triggers: {
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
    },
    passes: {
      name: 'promoting beta to stable is not a decrease',
      base: oas(`
        paths:
          /pets:
            get:
              x-stability-level: beta
              responses: { '200': { description: ok } }
      `),
      revision: oas(`
        paths:
          /pets:
            get:
              x-stability-level: stable
              responses: { '200': { description: ok } }
      `),
    },
  },
});
