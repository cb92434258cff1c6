import type { CheckCases } from './case.js';
import { oas, operationSecurity } from '../fixtures/build.js';

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
  more: [
    {
      name: 'AsyncAPI 3.0: an operation that was public and now requires mtls refuses anonymous clients',
      base: operationSecurity([]),
      revision: operationSecurity(['mtls']),
    },
  ],
} satisfies CheckCases;
