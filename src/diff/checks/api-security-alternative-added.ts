import { defineCheck } from '../check.js';

export default defineCheck({
  id: 'api-security-alternative-added',
  event: 'SecurityRequirementAdded',
  level: 'info',
  description: 'An operation accepts a new way to authenticate beside the existing ones.',
  rationale: 'Clients keep using the alternative they use today.',
  fix: 'Nothing to do.',
  applies: (e) => !(e.wasPublic && !e.nowPublic),
  message: (e) => `${e.operation} now also accepts ${e.requirement}`,
  examples: {
    bad: {
      name: 'accepting an API key beside OAuth is information',
      base: 'security: [{ oauth: [read] }]',
      revision: 'security: [{ oauth: [read] }, { key: [] }]',
    },
    good: { name: 'securing a public operation is reported by its own check', base: '', revision: 'security: [{ key: [] }]' },
  },
});
