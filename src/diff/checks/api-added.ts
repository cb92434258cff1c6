import { defineCheck } from '../check.js';
import { oas } from '../fixture.js';

export default defineCheck({
  id: 'api-added',
  event: 'OperationAdded',
  level: 'info',
  description: 'An operation was added.',
  rationale: 'Nothing existing changes.',
  fix: 'Nothing to do.',
  applies: () => true,
  message: (e) => `${e.operation} was added`,
  fixtures: {
    triggers: {
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
    },
    passes: {
      name: 'removing one is not adding one',
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
  },
});
