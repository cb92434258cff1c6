import { isObject } from '../helpers.js';
import { child, isLocalServer } from '../events.js';
import { defineLintRule } from '../rule.js';

export default defineLintRule({
  id: 'event-server-security',
  category: 'security',
  severity: 'warn',
  presets: ['recommended', 'strict'],
  formats: ['async'],
  description: 'Every server (localhost excepted) declares how clients authenticate, with schemes that exist.',
  rationale:
    'A broker or socket endpoint without declared security is either open to anyone who can reach it — who can then read every event and inject forged ones — or its authentication is undocumented, and every client team rediscovers it from a failed connection.',
  fix: 'Add `security` to the server, referring to a scheme in `components.securitySchemes` (SASL/SCRAM, X509, OAuth 2, an API key…); mark a deliberately public server with `x-archway-ignore: [event-server-security]`.',
  references: [
    'AsyncAPI 3.0.0 "Server Object": security, and "Security Scheme Object" (https://www.asyncapi.com/docs/reference/specification/v3.0.0#securitySchemeObject)',
    'OWASP API Security Top 10 (2023), API2:2023 "Broken Authentication"',
  ],
  examples: {
    bad: 'asyncapi: 3.0.0\ninfo: { title: T, version: 1.0.0 }\nservers:\n  prod: { host: "kafka.example.com:9093", protocol: kafka-secure }\n',
    good: 'asyncapi: 3.0.0\ninfo: { title: T, version: 1.0.0 }\nservers:\n  prod:\n    host: "kafka.example.com:9093"\n    protocol: kafka-secure\n    security: [{ $ref: "#/components/securitySchemes/scram" }]\ncomponents:\n  securitySchemes:\n    scram: { type: scramSha512 }\n',
  },
  create: ({ report }) => ({
    Server(node, ctx) {
      if (isLocalServer(node)) return;
      const security = Array.isArray(node.security) ? node.security : [];
      if (!security.some((s) => isObject(s) && Object.keys(s).length > 0))
        return report(ctx, { messageId: 'missing', message: `server ${ctx.name} declares no security` });
      // 2.x requirements name schemes; 3.0 refers to them with $ref, which the loader already checks.
      if (!ctx.doc.version.startsWith('2.')) return;
      const schemes = (ctx.doc.root as Record<string, any>).components?.securitySchemes;
      security.forEach((requirement: unknown, i: number) => {
        if (!isObject(requirement)) return;
        for (const name of Object.keys(requirement)) {
          if (!isObject(schemes) || !(name in schemes))
            report(ctx, {
              at: child(ctx.at, 'security', i, name),
              target: 'key',
              messageId: 'undefined-scheme',
              message: `server ${ctx.name} requires security scheme "${name}", which components.securitySchemes does not define`,
            });
        }
      });
    },
  }),
});
