import { defineCheck } from '../check.js';
import { oas } from '../fixture.js';

export default defineCheck({
  id: 'api-security-scope-added',
  event: 'ScopeAdded',
  level: 'breaking',
  description: 'An operation requires an additional OAuth scope.',
  rationale: 'Tokens issued without the scope are rejected with 403; clients must re-authorise users.',
  fix: 'Accept tokens without the new scope during a transition, or require it only for new clients.',
  applies: () => true,
  message: (e) => `${e.operation} now requires scope "${e.scope}" of ${e.scheme}`,
  fixtures: {
    triggers: {
      name: 'requiring a new scope rejects existing tokens',
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
    passes: {
      name: 'dropping a scope is not adding one',
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
  },
});
