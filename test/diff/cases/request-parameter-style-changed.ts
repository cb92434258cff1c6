import type { CheckCases } from './case.js';
import { oas } from '../fixtures/build.js';

export default {
  triggers: {
    name: 'switching an array query parameter from exploded to comma-separated misreads clients',
    base: oas(`
      paths:
        /pets:
          get:
            parameters: [{ name: tags, in: query, schema: { type: array, items: { type: string } } }]
            responses: { '200': { description: ok } }
    `),
    revision: oas(`
      paths:
        /pets:
          get:
            parameters: [{ name: tags, in: query, explode: false, schema: { type: array, items: { type: string } } }]
            responses: { '200': { description: ok } }
    `),
  },
  passes: {
    name: 'spelling out the default style is not a change',
    base: oas(`
      paths:
        /pets:
          get:
            parameters: [{ name: tags, in: query, schema: { type: array, items: { type: string } } }]
            responses: { '200': { description: ok } }
    `),
    revision: oas(`
      paths:
        /pets:
          get:
            parameters: [{ name: tags, in: query, style: form, explode: true, schema: { type: array, items: { type: string } } }]
            responses: { '200': { description: ok } }
    `),
  },
} satisfies CheckCases;
