import { defineCheck } from '../check.js';
import { oas } from '../fixture.js';

export default defineCheck({
  id: 'api-security-removed',
  event: 'SecurityRequirementRemoved',
  level: 'breaking',
  description: 'An operation no longer accepts one of the ways clients authenticate.',
  rationale: 'Clients that use the removed alternative get 401.',
  fix: 'Keep the alternative until its clients have switched; deprecate it first.',
  applies: (e) => !e.nowPublic,
  message: (e) => `${e.operation} no longer accepts ${(e.requirement || 'anonymous access')}`,
  fixtures: {
    triggers: {
      name: 'dropping API-key auth breaks clients that use an API key',
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
    passes: {
      name: 'making an operation public is not breaking',
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
  },
});
