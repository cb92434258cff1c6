import { defineCheck } from '../check.js';

export default defineCheck({
  id: 'api-security-added',
  event: 'SecurityRequirementAdded',
  level: 'breaking',
  description: 'An operation that allowed anonymous calls now requires credentials.',
  rationale: 'Clients that call it without credentials get 401.',
  fix: 'Keep anonymous access (`{}` among the requirements) until every client sends credentials.',
  applies: (e) => e.wasPublic && !e.nowPublic,
  message: (e) => `${e.operation} now requires ${e.requirement}`,
  examples: {
    bad: { name: 'securing a public operation breaks anonymous callers', base: '', revision: 'security: [{ key: [] }]' },
    good: { name: 'securing it while keeping anonymous access as an alternative is safe', base: '', revision: 'security: [{}, { key: [] }]' },
  },
});
