import { defineCheck } from '../check.js';

export default defineCheck({
  id: 'api-deprecated',
  event: 'DeprecationAdded',
  level: 'info',
  description: 'An operation was deprecated.',
  rationale: 'Clients should move off it before its Sunset date.',
  fix: 'Name the replacement and set `x-sunset`.',
  applies: (e) => e.area === 'operation',
  message: (e) => `${e.operation} was deprecated`,
  examples: {
    bad: { name: 'deprecating an operation is information', base: '', revision: 'deprecated: true' },
    good: { name: 'reactivating one is not deprecating it', base: 'deprecated: true', revision: '' },
  },
});
