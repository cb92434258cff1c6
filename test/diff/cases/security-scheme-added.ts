import { mirror, type CheckCases } from './case.js';
import { oas } from '../fixtures/build.js';

const triggers = {
  name: 'adding a security scheme is information',
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
      securitySchemes: { key: { type: apiKey, in: header, name: X-Api-Key }, bearer: { type: http, scheme: bearer } }
  `),
};

export default { triggers, passes: mirror(triggers, 'removing one is not adding one') } satisfies CheckCases;
