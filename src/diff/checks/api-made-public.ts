import { defineCheck } from '../check.js';
import { oas } from '../fixture.js';

export default defineCheck({
  id: 'api-made-public',
  event: 'SecurityRequirementRemoved',
  level: 'info',
  description: 'An operation no longer requires credentials.',
  rationale: 'Clients that send credentials keep working; check that exposing the operation anonymously is intended.',
  fix: 'Make sure the data it returns may be public.',
  applies: (e) => e.nowPublic,
  message: (e) => `${e.operation} no longer requires ${(e.requirement || 'anonymous access')}`,
  fixtures: {
    triggers: {
      name: 'dropping all requirements is information',
      base: oas(`
        paths:
          /pets:
            get:
              security: [{ key: [] }]
              responses: { '200': { description: ok } }
        components:
          securitySchemes: { oauth: { type: oauth2, flows: { clientCredentials: { tokenUrl: 'https://auth.example.com/token', scopes: { read: r, write: w } } } }, key: { type: apiKey, in: header, name: X-Api-Key } }
      `),
      revision: oas(`
        paths:
          /pets:
            get:
              security: []
              responses: { '200': { description: ok } }
        components:
          securitySchemes: { oauth: { type: oauth2, flows: { clientCredentials: { tokenUrl: 'https://auth.example.com/token', scopes: { read: r, write: w } } } }, key: { type: apiKey, in: header, name: X-Api-Key } }
      `),
    },
    passes: {
      name: 'dropping one of two alternatives is reported by its own check',
      base: oas(`
        paths:
          /pets:
            get:
              security: [{ oauth: [read] }, { key: [] }]
              responses: { '200': { description: ok } }
        components:
          securitySchemes: { oauth: { type: oauth2, flows: { clientCredentials: { tokenUrl: 'https://auth.example.com/token', scopes: { read: r, write: w } } } }, key: { type: apiKey, in: header, name: X-Api-Key } }
      `),
      revision: oas(`
        paths:
          /pets:
            get:
              security: [{ oauth: [read] }]
              responses: { '200': { description: ok } }
        components:
          securitySchemes: { oauth: { type: oauth2, flows: { clientCredentials: { tokenUrl: 'https://auth.example.com/token', scopes: { read: r, write: w } } } }, key: { type: apiKey, in: header, name: X-Api-Key } }
      `),
    },
  },
});
