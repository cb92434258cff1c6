import { securityProblems } from '../async-peers.js';
import { defineLintRule } from '../rule.js';

export default defineLintRule({
  id: 'asyncapi-operation-security',
  category: 'security',
  severity: 'error',
  presets: ['recommended', 'strict'],
  formats: ['async'],
  description: 'An operation’s `security` names schemes that exist and OAuth 2 scopes their flows define.',
  rationale:
    'A requirement naming a scheme or scope nobody defined cannot be met: generated clients cannot authenticate, and a gateway enforcing the contract rejects every message — or, worse, a permissive one lets them all through.',
  fix: 'Define the scheme under `components.securitySchemes` (2.x: by that name) and the scope under its flow’s `scopes` (3.0: `availableScopes`), or correct the name.',
  references: [
    'AsyncAPI 3.0.0 "Operation Object": security, "OAuth Flow Object": availableScopes (https://www.asyncapi.com/docs/reference/specification/v3.0.0#oauthFlowObject)',
    'AsyncAPI 2.6.0 "Security Requirement Object"',
    'Spectral asyncapi-operation-security, asyncapi-3-operation-security; Redocly security-defined, security-scopes-defined',
  ],
  examples: {
    bad: 'asyncapi: 2.6.0\ninfo: { title: T, version: 1.0.0 }\nchannels:\n  orders:\n    subscribe:\n      security: [{ oauth: [orders:write] }]\n      message: { payload: { type: object } }\ncomponents:\n  securitySchemes:\n    oauth: { type: oauth2, flows: { clientCredentials: { tokenUrl: "https://auth.example.com/token", scopes: { orders:read: Read orders. } } } }\n',
    good: 'asyncapi: 2.6.0\ninfo: { title: T, version: 1.0.0 }\nchannels:\n  orders:\n    subscribe:\n      security: [{ oauth: [orders:read] }]\n      message: { payload: { type: object } }\ncomponents:\n  securitySchemes:\n    oauth: { type: oauth2, flows: { clientCredentials: { tokenUrl: "https://auth.example.com/token", scopes: { orders:read: Read orders. } } } }\n',
  },
  create: ({ report }) => ({
    Operation(node, ctx) {
      const op = ctx.event!.operation!;
      for (const problem of securityProblems(ctx.doc, node, op.at, `operation ${op.id}`)) report(ctx, problem);
    },
  }),
});
