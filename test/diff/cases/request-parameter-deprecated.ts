import { mirror, type CheckCases } from './case.js';
import { oas } from '../fixtures/build.js';

const triggers = {
  name: 'deprecating a query parameter is information',
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
          parameters: [{ name: limit, in: query, deprecated: true, schema: { type: integer } }]
          responses: { '200': { description: ok } }
  `),
};

export default { triggers, passes: mirror(triggers, 'reactivating one is not deprecating it') } satisfies CheckCases;
