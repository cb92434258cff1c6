import { defineCheck } from '../check.js';
import { oas } from '../fixture.js';

export default defineCheck({
  id: 'api-security-alternative-added',
  event: 'SecurityRequirementAdded',
  level: 'info',
  description: 'An operation accepts a new way to authenticate beside the existing ones.',
  rationale: 'Clients keep using the alternative they use today.',
  fix: 'Nothing to do.',
  applies: (e) => !(e.wasPublic && !e.nowPublic),
  message: (e) => `${e.operation} now also accepts ${e.requirement}`,
  fixtures: {
    triggers: {
      name: 'accepting an API key beside OAuth is information',
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
              security: [{ oauth: [read] }, { key: [] }]
              responses: { '200': { description: ok } }
        components:
          securitySchemes: { oauth: { type: oauth2, flows: { clientCredentials: { tokenUrl: 'https://auth.example.com/token', scopes: { read: r, write: w } } } }, key: { type: apiKey, in: header, name: X-Api-Key } }
      `),
    },
    passes: {
      name: 'securing a public operation is reported by its own check',
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
  },
});
