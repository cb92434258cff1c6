import { defineCheck } from '../check.js';
import { oas } from '../fixture.js';

export default defineCheck({
  id: 'security-scheme-added',
  event: 'SecuritySchemeAdded',
  level: 'info',
  description: 'A security scheme was added to the components.',
  rationale: 'Nothing existing changes.',
  fix: 'Nothing to do.',
  applies: () => true,
  message: (e) => `security scheme "${e.scheme}" was added`,
  fixtures: {
    triggers: {
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
    },
    passes: {
      name: 'removing one is not adding one',
      base: oas(`
        paths:
          /pets:
            get:
              responses: { '200': { description: ok } }
        components:
          securitySchemes: { key: { type: apiKey, in: header, name: X-Api-Key }, bearer: { type: http, scheme: bearer } }
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
  },
});
