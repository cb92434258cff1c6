import { named, type CheckCases } from './case.js';
import { asyncapi, events, operationSecurity } from '../fixtures/build.js';
import apiMadePublic from './api-made-public.js';

/** AsyncAPI 3.0: a server whose security lists these schemes (by `$ref`). */
const server3 = (schemes: string[]) =>
  events({}).replace(
    '\nchannels:\n',
    `\nservers:\n  production: { host: broker.example.com, protocol: kafka, security: [${schemes.map((s) => `{ $ref: '#/components/securitySchemes/${s}' }`).join(', ')}] }\ncomponents: { securitySchemes: { sasl: { type: scramSha256 }, mtls: { type: X509 } } }\nchannels:\n`,
  );

/** AsyncAPI 2.6: a server with requirement maps, as OpenAPI writes them. */
const server2 = (security: string) =>
  asyncapi(`
    servers:
      production: { url: 'broker.example.com:9092', protocol: kafka, security: ${security} }
    channels: {}
    components: { securitySchemes: { oauth: { type: oauth2, flows: {} } } }
  `).replace('asyncapi: 3.0.0', "asyncapi: '2.6.0'");

export default {
  triggers: named(apiMadePublic.passes, 'dropping API-key auth breaks clients that use an API key'),
  passes: named(apiMadePublic.triggers, 'making an operation public is not breaking'),
  more: [
    {
      name: 'AsyncAPI 3.0: a server that drops one of its security schemes refuses clients that used it',
      base: server3(['sasl', 'mtls']),
      revision: server3(['sasl']),
    },
    { name: 'AsyncAPI 3.0: a server that adds an alternative refuses nobody', base: server3(['sasl']), revision: server3(['sasl', 'mtls']) },
    {
      name: 'AsyncAPI 2.x: a server requirement that gains a scope refuses tokens without it',
      base: server2('[{ oauth: [read] }]'),
      revision: server2('[{ oauth: [read, write] }]'),
    },
    {
      name: 'AsyncAPI 3.0: an operation that drops one of its own security schemes refuses clients that used it',
      base: operationSecurity(['sasl', 'mtls']),
      revision: operationSecurity(['sasl']),
    },
    {
      name: 'AsyncAPI 3.0: an operation that changes its scheme from sasl to mtls refuses sasl clients',
      base: operationSecurity(['sasl']),
      revision: operationSecurity(['mtls']),
    },
    {
      name: 'AsyncAPI 3.0: an operation that overrides its server’s sasl with mtls refuses sasl clients',
      base: operationSecurity(undefined),
      revision: operationSecurity(['mtls']),
    },
    {
      name: 'AsyncAPI 3.0: an operation that states the security its server already asks is no change',
      base: operationSecurity(undefined),
      revision: operationSecurity(['sasl']),
    },
    {
      name: 'withdrawing anonymous access (the empty requirement) while the API key stays refuses anonymous callers',
      base: apiMadePublic.triggers.base.replace('security: [{ key: [] }]', 'security: [{}, { key: [] }]'),
      revision: apiMadePublic.triggers.base,
    },
  ],
} satisfies CheckCases;
