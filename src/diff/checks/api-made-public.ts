import { defineCheck } from '../check.js';

export default defineCheck({
  id: 'api-made-public',
  event: 'SecurityRequirementRemoved',
  level: 'info',
  description: 'An operation no longer requires credentials.',
  rationale: 'Clients that send credentials keep working; check that exposing the operation anonymously is intended.',
  fix: 'Make sure the data it returns may be public.',
  applies: (e) => e.nowPublic,
  // Anonymous access withdrawn is never a move to public: the requirement removed here is a named one.
  message: (e) => `${e.operation} no longer requires ${e.requirement}`,
  examples: {
    bad: { name: 'dropping all requirements is information', base: 'security: [{ key: [] }]', revision: 'security: []' },
    good: {
      name: 'dropping one of two alternatives is reported by its own check',
      base: 'security: [{ oauth: [read] }, { key: [] }]',
      revision: 'security: [{ oauth: [read] }]',
    },
  },
});
