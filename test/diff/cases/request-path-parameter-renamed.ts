import type { CheckCases } from './case.js';
import { oas } from '../fixtures/build.js';

export default {
  triggers: {
    name: 'renaming {id} to {petId} is the same operation, reported as information',
    base: oas(`
      paths:
        /pets/{id}:
          get:
            parameters: [{ name: id, in: path, required: true, schema: { type: string } }]
            responses: { '200': { description: ok } }
    `),
    revision: oas(`
      paths:
        /pets/{petId}:
          get:
            parameters: [{ name: petId, in: path, required: true, schema: { type: string } }]
            responses: { '200': { description: ok } }
    `),
  },
  passes: {
    name: 'an unchanged path parameter is not reported',
    base: oas(`
      paths:
        /pets/{id}:
          get:
            parameters: [{ name: id, in: path, required: true, schema: { type: string } }]
            responses: { '200': { description: ok } }
    `),
    revision: oas(`
      paths:
        /pets/{id}:
          get:
            parameters: [{ name: id, in: path, required: true, schema: { type: string } }]
            responses: { '200': { description: ok } }
    `),
  },
} satisfies CheckCases;
