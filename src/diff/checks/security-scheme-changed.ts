import { defineCheck } from '../check.js';

export default defineCheck({
  id: 'security-scheme-changed',
  event: 'SecuritySchemeChanged',
  level: 'breaking',
  description: 'A security scheme changed how credentials are sent or obtained (type, header name, token URL, flow).',
  rationale: 'Clients send credentials where the server no longer looks, or fetch tokens from the old URL.',
  fix: 'Add a new scheme beside the old one and accept both during a transition.',
  // bearerFormat is a hint for documentation (OpenAPI 3.x): the token a client sends does not change.
  applies: (e) => e.field !== 'bearerFormat',
  message: (e) => `security scheme "${e.scheme}" changed ${e.field} from ${e.from ?? 'none'} to ${e.to ?? 'none'}`,
  examples: {
    bad: {
      name: 'renaming the API-key header breaks every client that sends it',
      base: 'securitySchemes: { key: { type: apiKey, in: header, name: X-Api-Key } }',
      revision: 'securitySchemes: { key: { type: apiKey, in: header, name: Api-Key } }',
    },
    good: { name: 'an unchanged scheme is not reported', base: '', revision: '' },
  },
});
