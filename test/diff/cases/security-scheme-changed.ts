import { mirror, type CheckCases } from './case.js';
import { oas } from '../fixtures/build.js';

/** GET /pets with a security scheme `key` written as given. */
const scheme = (key: string) =>
  oas(`
    paths:
      /pets:
        get:
          responses: { '200': { description: ok } }
    components:
      securitySchemes: { key: ${key} }
  `);

const clientCredentials = "{ type: oauth2, flows: { clientCredentials: { tokenUrl: 'https://auth.example.com/token', scopes: {} } } }";
const authorizationCode =
  "{ type: oauth2, flows: { authorizationCode: { authorizationUrl: 'https://auth.example.com/authorize', tokenUrl: 'https://auth.example.com/token', scopes: {} } } }";

const flowReplaced = {
  name: 'an OAuth flow replaced: tokens come from another grant, and an authorization URL appears',
  base: scheme(clientCredentials),
  revision: scheme(authorizationCode),
};

export default {
  triggers: {
    name: 'renaming the API-key header breaks every client that sends it',
    base: oas(`
      paths:
        /pets:
          get:
            responses: { '200': { description: ok } }
      components:
        securitySchemes: { key: { type: apiKey, in: header, name: X-Api-Key } }
    `),
    revision: oas(`
      paths:
        /pets:
          get:
            responses: { '200': { description: ok } }
      components:
        securitySchemes: { key: { type: apiKey, in: header, name: Api-Key } }
    `),
  },
  passes: {
    name: 'an unchanged scheme is not reported',
    base: oas(`
      paths:
        /pets:
          get:
            responses: { '200': { description: ok } }
      components:
        securitySchemes: { key: { type: apiKey, in: header, name: X-Api-Key } }
    `),
    revision: oas(`
      paths:
        /pets:
          get:
            responses: { '200': { description: ok } }
      components:
        securitySchemes: { key: { type: apiKey, in: header, name: X-Api-Key } }
    `),
  },
  more: [
    flowReplaced,
    mirror(flowReplaced, 'an OAuth flow replaced the other way: the authorization URL goes'),
    {
      name: 'a bearer format stated or changed is a hint for documentation, no change',
      base: scheme('{ type: http, scheme: bearer }'),
      revision: scheme('{ type: http, scheme: bearer, bearerFormat: JWT }'),
    },
  ],
} satisfies CheckCases;
