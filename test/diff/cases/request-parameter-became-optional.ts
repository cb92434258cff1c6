import { mirror, type CheckCases } from './case.js';
import { oas } from '../fixtures/build.js';

const triggers = {
  name: 'making a query parameter optional is information',
  base: oas(`
    paths:
      /pets:
        get:
          parameters: [{ name: limit, in: query, required: true, schema: { type: integer } }]
          responses: { '200': { description: ok } }
  `),
  revision: oas(`
    paths:
      /pets:
        get:
          parameters: [{ name: limit, in: query, schema: { type: integer } }]
          responses: { '200': { description: ok } }
  `),
};

export default { triggers, passes: mirror(triggers, 'making it required is not the reverse') } satisfies CheckCases;
