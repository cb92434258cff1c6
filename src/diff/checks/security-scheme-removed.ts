import { defineCheck } from '../check.js';

export default defineCheck({
  id: 'security-scheme-removed',
  event: 'SecuritySchemeRemoved',
  level: 'warn',
  tags: ['removal'],
  description: 'A security scheme was removed from the components.',
  rationale: 'Operations that used it are reported by their own checks; clients configured for the scheme need reconfiguring.',
  fix: 'Remove a scheme only after no operation accepts it.',
  applies: () => true,
  message: (e) => `security scheme "${e.scheme}" was removed`,
  examples: {
    bad: {
      name: 'removing a security scheme is a warning',
      base: 'securitySchemes: { key: { type: apiKey, in: header, name: X-Api-Key }, old: { type: http, scheme: basic } }',
      revision: 'securitySchemes: { key: { type: apiKey, in: header, name: X-Api-Key } }',
    },
    good: {
      name: 'adding one is not removing one',
      base: 'securitySchemes: { key: { type: apiKey, in: header, name: X-Api-Key } }',
      revision: 'securitySchemes: { key: { type: apiKey, in: header, name: X-Api-Key }, old: { type: http, scheme: basic } }',
    },
  },
});
