import type { CheckCases } from './case.js';
import { oas } from '../fixtures/build.js';

export default {
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
} satisfies CheckCases;
