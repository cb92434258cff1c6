import { securityProblems } from '../async-peers.js';
import { defineLintRule } from '../rule.js';

export default defineLintRule({
  id: 'asyncapi-server-security',
  category: 'security',
  severity: 'error',
  presets: [],
  formats: ['async'],
  description: 'A server’s `security` names schemes that exist and OAuth 2 scopes their flows define (selected by `extends: spectral:asyncapi`).',
  rationale:
    'A server requiring a scheme or a scope nobody defined cannot be connected to as documented. `event-server-security` asks that a server declare security at all; this rule checks what it declares, scopes included. It repeats that rule’s finding on an undefined scheme name, so it is in no archway preset.',
  fix: 'Define the scheme under `components.securitySchemes` (2.x: by that name) and the scope under its flow’s `scopes` (3.0: `availableScopes`), or correct the name.',
  references: [
    'AsyncAPI 3.0.0 "Server Object": security, "OAuth Flow Object" (https://www.asyncapi.com/docs/reference/specification/v3.0.0#oauthFlowObject)',
    'Spectral asyncapi-server-security; Redocly security-defined, security-scopes-defined',
  ],
  examples: {
    bad: 'asyncapi: 3.0.0\ninfo: { title: T, version: 1.0.0 }\nservers:\n  prod:\n    host: "broker.example.com:5671"\n    protocol: amqps\n    security: [{ $ref: "#/components/securitySchemes/oauth" }]\ncomponents:\n  securitySchemes:\n    oauth: { type: oauth2, scopes: [orders:write], flows: { clientCredentials: { tokenUrl: "https://auth.example.com/token", availableScopes: { orders:read: Read orders. } } } }\n',
    good: 'asyncapi: 3.0.0\ninfo: { title: T, version: 1.0.0 }\nservers:\n  prod:\n    host: "broker.example.com:5671"\n    protocol: amqps\n    security: [{ $ref: "#/components/securitySchemes/oauth" }]\ncomponents:\n  securitySchemes:\n    oauth: { type: oauth2, scopes: [orders:read], flows: { clientCredentials: { tokenUrl: "https://auth.example.com/token", availableScopes: { orders:read: Read orders. } } } }\n',
  },
  create: ({ report }) => ({
    Server(node, ctx) {
      for (const problem of securityProblems(ctx.doc, node, ctx.at, `server ${ctx.name}`)) report(ctx, problem);
    },
  }),
});
