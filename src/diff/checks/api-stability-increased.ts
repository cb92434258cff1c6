import { defineCheck } from '../check.js';
import { oas } from '../fixture.js';
import { stabilityRank } from '../policy.js';

export default defineCheck({
  id: 'api-stability-increased',
  event: 'StabilityChanged',
  level: 'info',
  description: 'An operation promises more stability than before.',
  rationale: 'Clients may now rely on it.',
  fix: 'Nothing to do.',
  applies: (e) => stabilityRank(e.to) > stabilityRank(e.from),
  message: (e) => `stability of ${e.operation} increased from ${e.from ?? 'stable'} to ${e.to ?? 'stable'}`,
  fixtures: {
    triggers: {
      name: 'promoting beta to stable is information',
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
    passes: {
      name: 'demoting is not promoting',
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
  },
});
