import { defineCheck } from '../check.js';

export default defineCheck({
  id: 'api-security-removed',
  event: 'SecurityRequirementRemoved',
  level: 'breaking',
  description: 'An operation no longer accepts one of the ways clients authenticate.',
  rationale: 'Clients that use the removed alternative get 401.',
  fix: 'Keep the alternative until its clients have switched; deprecate it first.',
  applies: (e) => !e.nowPublic,
  message: (e) => `${e.operation} no longer accepts ${e.requirement || 'anonymous access'}`,
  examples: {
    bad: {
      name: 'dropping API-key auth breaks clients that use an API key',
      base: 'security: [{ oauth: [read] }, { key: [] }]',
      revision: 'security: [{ oauth: [read] }]',
    },
    good: { name: 'making an operation public is not breaking', base: 'security: [{ key: [] }]', revision: 'security: []' },
  },
});
