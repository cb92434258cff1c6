import type { CheckCases } from './case.js';
import { oas } from '../fixtures/build.js';

export default {
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
} satisfies CheckCases;
