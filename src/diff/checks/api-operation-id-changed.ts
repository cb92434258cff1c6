import { defineCheck } from '../check.js';

export default defineCheck({
  id: 'api-operation-id-changed',
  event: 'OperationIdChanged',
  level: 'warn',
  description: 'An operation has a new operationId.',
  rationale: 'The wire format is unchanged, but generated clients rename the method, which breaks code that calls it.',
  fix: 'Keep operationIds stable; they are part of the client-facing API.',
  applies: () => true,
  message: (e) => `operationId changed from "${e.from}" to "${e.to}"`,
  examples: {
    bad: { name: 'renaming an operationId renames generated client methods', base: 'operationId: listPets', revision: 'operationId: getPets' },
    good: { name: 'an unchanged operationId is not reported', base: '', revision: '' },
  },
});
