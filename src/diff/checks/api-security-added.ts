import { defineCheck } from '../check.js';
import { oas } from '../fixture.js';

export default defineCheck({
  id: 'api-security-added',
  event: 'SecurityRequirementAdded',
  level: 'breaking',
  description: 'An operation that allowed anonymous calls now requires credentials.',
  rationale: 'Clients that call it without credentials get 401.',
  fix: 'Keep anonymous access (`{}` among the requirements) until every client sends credentials.',
  applies: (e) => e.wasPublic && !e.nowPublic,
  message: (e) => `${e.operation} now requires ${e.requirement}`,
  fixtures: {
    triggers: {
      name: 'securing a public operation breaks anonymous callers',
      base: oas(`
        paths:
          /pets:
            get:
              responses: { '200': { description: ok } }
        components:
          securitySchemes: { oauth: { type: oauth2, flows: { clientCredentials: { tokenUrl: 'https://auth.example.com/token', scopes: { read: r, write: w } } } }, key: { type: apiKey, in: header, name: X-Api-Key } }
      `),
      revision: oas(`
        paths:
          /pets:
            get:
              security: [{ key: [] }]
              responses: { '200': { description: ok } }
        components:
          securitySchemes: { oauth: { type: oauth2, flows: { clientCredentials: { tokenUrl: 'https://auth.example.com/token', scopes: { read: r, write: w } } } }, key: { type: apiKey, in: header, name: X-Api-Key } }
      `),
    },
    passes: {
      name: 'securing it while keeping anonymous access as an alternative is safe',
      base: oas(`
        paths:
          /pets:
            get:
              responses: { '200': { description: ok } }
        components:
          securitySchemes: { oauth: { type: oauth2, flows: { clientCredentials: { tokenUrl: 'https://auth.example.com/token', scopes: { read: r, write: w } } } }, key: { type: apiKey, in: header, name: X-Api-Key } }
      `),
      revision: oas(`
        paths:
          /pets:
            get:
              security: [{}, { key: [] }]
              responses: { '200': { description: ok } }
        components:
          securitySchemes: { oauth: { type: oauth2, flows: { clientCredentials: { tokenUrl: 'https://auth.example.com/token', scopes: { read: r, write: w } } } }, key: { type: apiKey, in: header, name: X-Api-Key } }
      `),
    },
  },
});
