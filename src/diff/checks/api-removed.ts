import { defineCheck } from '../check.js';

export default defineCheck({
  id: 'api-removed',
  event: 'OperationRemoved',
  level: 'breaking',
  tags: ['removal'],
  description: 'An operation was removed.',
  rationale: 'Every client that calls it gets 404 or 405.',
  fix: 'Deprecate the operation, announce a Sunset date, watch its traffic reach zero, then remove it.',
  applies: () => true,
  message: (e) => `${e.operation} was removed`,
  examples: {
    bad: {
      name: 'removing an operation that was not deprecated breaks its callers',
      base: "post:\n  responses: { '201': { description: created } }",
      revision: '',
    },
    good: {
      name: 'removing a deprecated operation after its sunset is not breaking',
      base: "post:\n  deprecated: true\n  x-sunset: '2025-01-01'\n  responses: { '201': { description: created } }",
      revision: '',
    },
  },
});
