import { defineCheck } from '../check.js';

export default defineCheck({
  id: 'api-security-scope-removed',
  event: 'ScopeRemoved',
  level: 'info',
  description: 'An operation requires one OAuth scope less.',
  rationale: 'Existing tokens keep working.',
  fix: 'Nothing to do.',
  applies: () => true,
  message: (e) => `${e.operation} no longer requires scope "${e.scope}" of ${e.scheme}`,
  examples: {
    bad: { name: 'dropping a required scope is information', base: 'security: [{ oauth: [read, write] }]', revision: 'security: [{ oauth: [read] }]' },
    good: { name: 'adding one is not dropping one', base: 'security: [{ oauth: [read] }]', revision: 'security: [{ oauth: [read, write] }]' },
  },
});
