import { defineCheck } from '../check.js';

export default defineCheck({
  id: 'api-security-scope-added',
  event: 'ScopeAdded',
  level: 'breaking',
  description: 'An operation requires an additional OAuth scope.',
  rationale: 'Tokens issued without the scope are rejected with 403; clients must re-authorise users.',
  fix: 'Accept tokens without the new scope during a transition, or require it only for new clients.',
  applies: () => true,
  message: (e) => `${e.operation} now requires scope "${e.scope}" of ${e.scheme}`,
  examples: {
    bad: { name: 'requiring a new scope rejects existing tokens', base: 'security: [{ oauth: [read] }]', revision: 'security: [{ oauth: [read, write] }]' },
    good: { name: 'dropping a scope is not adding one', base: 'security: [{ oauth: [read, write] }]', revision: 'security: [{ oauth: [read] }]' },
  },
});
