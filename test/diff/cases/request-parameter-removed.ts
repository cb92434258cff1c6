import type { CheckCases } from './case.js';
import { oas } from '../fixtures/build.js';

export default {
  triggers: {
    name: 'removing a query parameter changes what clients that send it get',
    base: oas(`
      paths:
        /pets:
          get:
            parameters: [{ name: limit, in: query, schema: { type: integer } }]
            responses: { '200': { description: ok } }
    `),
    revision: oas(`
      paths:
        /pets:
          get:
            parameters: []
            responses: { '200': { description: ok } }
    `),
  },
  passes: {
    name: 'removing a deprecated parameter after its sunset is not a warning',
    base: oas(`
      paths:
        /pets:
          get:
            parameters: [{ name: limit, in: query, deprecated: true, schema: { type: integer } }]
            x-sunset: '2025-01-01'
            responses: { '200': { description: ok } }
    `),
    revision: oas(`
      paths:
        /pets:
          get:
            parameters: []
            x-sunset: '2025-01-01'
            responses: { '200': { description: ok } }
    `),
  },
} satisfies CheckCases;
