import type { CheckCases } from './case.js';
import { oas } from '../fixtures/build.js';

export default {
  triggers: {
    name: 'a new optional parameter is information',
    base: oas(`
      paths:
        /pets:
          get:
            parameters: []
            responses: { '200': { description: ok } }
    `),
    revision: oas(`
      paths:
        /pets:
          get:
            parameters: [{ name: X-Request-Id, in: header, schema: { type: string } }]
            responses: { '200': { description: ok } }
    `),
  },
  passes: {
    name: 'a new required parameter is reported by its own check',
    base: oas(`
      paths:
        /pets:
          get:
            parameters: []
            responses: { '200': { description: ok } }
    `),
    revision: oas(`
      paths:
        /pets:
          get:
            parameters: [{ name: limit, in: query, required: true, schema: { type: integer } }]
            responses: { '200': { description: ok } }
    `),
  },
} satisfies CheckCases;
