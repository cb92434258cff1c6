import type { CheckCases } from './case.js';
import { oas } from '../fixtures/build.js';

export default {
  triggers: {
    name: 'renaming an operationId renames generated client methods',
    base: oas(`
      paths:
        /pets:
          get:
            operationId: listPets
            responses: { '200': { description: ok } }
    `),
    revision: oas(`
      paths:
        /pets:
          get:
            operationId: getPets
            responses: { '200': { description: ok } }
    `),
  },
  passes: {
    name: 'an unchanged operationId is not reported',
    base: oas(`
      paths:
        /pets:
          get:
            operationId: listPets
            responses: { '200': { description: ok } }
    `),
    revision: oas(`
      paths:
        /pets:
          get:
            operationId: listPets
            responses: { '200': { description: ok } }
    `),
  },
} satisfies CheckCases;
