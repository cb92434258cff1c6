import { defineCheck } from '../check.js';
import { oas } from '../fixture.js';

export default defineCheck({
  id: 'api-deprecated',
  event: 'DeprecationAdded',
  level: 'info',
  description: 'An operation was deprecated.',
  rationale: 'Clients should move off it before its Sunset date.',
  fix: 'Name the replacement and set `x-sunset`.',
  applies: (e) => e.area === 'operation',
  message: (e) => `${e.operation} was deprecated`,
  fixtures: {
    triggers: {
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
    },
    passes: {
      name: 'reactivating one is not deprecating it',
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
  },
});
