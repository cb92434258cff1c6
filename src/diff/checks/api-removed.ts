import { defineCheck } from '../check.js';
import { oas } from '../fixture.js';

export default defineCheck({
  id: 'api-removed',
  event: 'OperationRemoved',
  level: 'breaking',
  removal: true,
  description: 'An operation was removed.',
  rationale: 'Every client that calls it gets 404 or 405.',
  fix: 'Deprecate the operation, announce a Sunset date, watch its traffic reach zero, then remove it.',
  applies: () => true,
  message: (e) => `${e.operation} was removed`,
  fixtures: {
    triggers: {
      name: 'removing an operation that was not deprecated breaks its callers',
      base: oas(`
        paths:
          /pets:
            get:
              responses: { '200': { description: ok } }
            post:
              responses: { '201': { description: created } }
      `),
      revision: oas(`
        paths:
          /pets:
            get:
              responses: { '200': { description: ok } }
      `),
    },
    passes: {
      name: 'removing a deprecated operation after its sunset is not breaking',
      base: oas(`
        paths:
          /pets:
            get:
              responses: { '200': { description: ok } }
            post:
              deprecated: true
              x-sunset: '2025-01-01'
              responses: { '201': { description: created } }
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
