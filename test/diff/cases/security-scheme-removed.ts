import { mirror, type CheckCases } from './case.js';
import { oas } from '../fixtures/build.js';

const triggers = {
  name: 'removing a security scheme is a warning',
  base: oas(`
    paths:
      /pets:
        get:
          responses: { '200': { description: ok } }
    components:
      securitySchemes: { key: { type: apiKey, in: header, name: X-Api-Key }, old: { type: http, scheme: basic } }
  `),
  revision: oas(`
    paths:
      /pets:
        get:
          responses: { '200': { description: ok } }
    components:
      securitySchemes: { key: { type: apiKey, in: header, name: X-Api-Key } }
  `),
};

export default { triggers, passes: mirror(triggers, 'adding one is not removing one') } satisfies CheckCases;
