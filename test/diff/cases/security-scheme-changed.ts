import type { CheckCases } from './case.js';
import { oas } from '../fixtures/build.js';

export default {
  triggers: {
    name: 'renaming the API-key header breaks every client that sends it',
    base: oas(`
      paths:
        /pets:
          get:
            responses: { '200': { description: ok } }
      components:
        securitySchemes: { key: { type: apiKey, in: header, name: X-Api-Key } }
    `),
    revision: oas(`
      paths:
        /pets:
          get:
            responses: { '200': { description: ok } }
      components:
        securitySchemes: { key: { type: apiKey, in: header, name: Api-Key } }
    `),
  },
  passes: {
    name: 'an unchanged scheme is not reported',
    base: oas(`
      paths:
        /pets:
          get:
            responses: { '200': { description: ok } }
      components:
        securitySchemes: { key: { type: apiKey, in: header, name: X-Api-Key } }
    `),
    revision: oas(`
      paths:
        /pets:
          get:
            responses: { '200': { description: ok } }
      components:
        securitySchemes: { key: { type: apiKey, in: header, name: X-Api-Key } }
    `),
  },
} satisfies CheckCases;
