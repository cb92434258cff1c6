import { defineCheck } from '../check.js';
import { oas } from '../fixture.js';

export default defineCheck({
  id: 'api-reactivated',
  event: 'DeprecationRemoved',
  level: 'info',
  description: 'A deprecated operation is no longer deprecated.',
  rationale: 'Clients may keep calling it.',
  fix: 'Tell clients that migrated away that it stays.',
  applies: (e) => e.area === 'operation',
  message: (e) => `${e.operation} is no longer deprecated`,
  fixtures: {
    triggers: {
      name: 'un-deprecating an operation is information',
      base: oas(`
        paths:
          /pets:
            get:
              deprecated: true
              responses: { '200': { description: ok } }
      `),
      revision: oas(`
        paths:
          /pets:
            get:
              responses: { '200': { description: ok } }
      `),
    },
    passes: {
      name: 'deprecating one is not reactivating it',
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
    },
  },
});
