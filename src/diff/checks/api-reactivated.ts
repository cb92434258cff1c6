import { defineCheck } from '../check.js';

export default defineCheck({
  id: 'api-reactivated',
  event: 'DeprecationRemoved',
  level: 'info',
  description: 'A deprecated operation is no longer deprecated.',
  rationale: 'Clients may keep calling it.',
  fix: 'Tell clients that migrated away that it stays.',
  applies: (e) => e.area === 'operation',
  message: (e) => `${e.operation} is no longer deprecated`,
  examples: {
    bad: { name: 'un-deprecating an operation is information', base: 'deprecated: true', revision: '' },
    good: { name: 'deprecating one is not reactivating it', base: '', revision: 'deprecated: true' },
  },
});
