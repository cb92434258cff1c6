import { defineCheck } from '../check.js';
import { oas } from '../fixture.js';

export default defineCheck({
  id: 'security-scheme-removed',
  event: 'SecuritySchemeRemoved',
  level: 'warn',
  removal: true,
  description: 'A security scheme was removed from the components.',
  rationale: 'Operations that used it are reported by their own checks; clients configured for the scheme need reconfiguring.',
  fix: 'Remove a scheme only after no operation accepts it.',
  applies: () => true,
  message: (e) => `security scheme "${e.scheme}" was removed`,
  fixtures: {
    triggers: {
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
    },
    passes: {
      name: 'adding one is not removing one',
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
          securitySchemes: { key: { type: apiKey, in: header, name: X-Api-Key }, old: { type: http, scheme: basic } }
      `),
    },
  },
});
