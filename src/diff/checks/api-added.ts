import { defineCheck } from '../check.js';

export default defineCheck({
  id: 'api-added',
  event: 'OperationAdded',
  level: 'info',
  description: 'An operation was added.',
  rationale: 'Nothing existing changes.',
  fix: 'Nothing to do.',
  applies: () => true,
  message: (e) => `${e.operation} was added`,
  examples: {
    bad: { name: 'adding an operation is information', base: '', revision: "post:\n  responses: { '201': { description: created } }" },
    good: { name: 'removing one is not adding one', base: "post:\n  responses: { '201': { description: created } }", revision: '' },
  },
});
