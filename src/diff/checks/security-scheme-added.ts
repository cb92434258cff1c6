import { defineCheck } from '../check.js';

export default defineCheck({
  id: 'security-scheme-added',
  event: 'SecuritySchemeAdded',
  level: 'info',
  description: 'A security scheme was added to the components.',
  rationale: 'Nothing existing changes.',
  fix: 'Nothing to do.',
  applies: () => true,
  message: (e) => `security scheme "${e.scheme}" was added`,
  examples: {
    bad: {
      name: 'adding a security scheme is information',
      base: 'securitySchemes: { key: { type: apiKey, in: header, name: X-Api-Key } }',
      revision: 'securitySchemes: { key: { type: apiKey, in: header, name: X-Api-Key }, bearer: { type: http, scheme: bearer } }',
    },
    good: {
      name: 'removing one is not adding one',
      base: 'securitySchemes: { key: { type: apiKey, in: header, name: X-Api-Key }, bearer: { type: http, scheme: bearer } }',
      revision: 'securitySchemes: { key: { type: apiKey, in: header, name: X-Api-Key } }',
    },
  },
});
