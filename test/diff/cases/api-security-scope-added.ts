import { mirror, type CheckCases } from './case.js';
import { oas, operationSecurity } from '../fixtures/build.js';

const triggers = {
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
};

export default {
  triggers,
  passes: mirror(triggers, 'dropping a scope is not adding one'),
  more: [
    {
      name: 'AsyncAPI 3.0: an operation whose OAuth scheme now lists another scope refuses tokens without it',
      base: operationSecurity(['oauth'], '[orders:read]'),
      revision: operationSecurity(['oauth'], '[orders:read, orders:write]'),
    },
  ],
} satisfies CheckCases;
