import { defineCheck } from '../check.js';
import { oas } from '../fixture.js';

export default defineCheck({
  id: 'api-security-scope-removed',
  event: 'ScopeRemoved',
  level: 'info',
  description: 'An operation requires one OAuth scope less.',
  rationale: 'Existing tokens keep working.',
  fix: 'Nothing to do.',
  applies: () => true,
  message: (e) => `${e.operation} no longer requires scope "${e.scope}" of ${e.scheme}`,
  fixtures: {
    triggers: {
      name: 'dropping a required scope is information',
      base: oas(`
        paths:
          /pets:
            get:
              security: [{ oauth: [read, write] }]
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
    passes: {
      name: 'adding one is not dropping one',
      base: oas(`
        paths:
          /pets:
            get:
              security: [{ oauth: [read] }]
              responses: { '200': { description: ok } }
        components:
          securitySchemes: { oauth: { type: oauth2, flows: { clientCredentials: { tokenUrl: 'https://auth.example.com/token', scopes: { read: r, write: w } } } }, key: { type: apiKey, in: header, name: X-Api-Key } }
      `),
      revision: oas(`
        paths:
          /pets:
            get:
              security: [{ oauth: [read, write] }]
              responses: { '200': { description: ok } }
        components:
          securitySchemes: { oauth: { type: oauth2, flows: { clientCredentials: { tokenUrl: 'https://auth.example.com/token', scopes: { read: r, write: w } } } }, key: { type: apiKey, in: header, name: X-Api-Key } }
      `),
    },
  },
});
