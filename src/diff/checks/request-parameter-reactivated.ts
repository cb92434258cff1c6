import { defineCheck } from '../check.js';
import { where } from '../describe.js';

export default defineCheck({
  id: 'request-parameter-reactivated',
  event: 'DeprecationRemoved',
  level: 'info',
  description: 'A deprecated request parameter is no longer deprecated.',
  rationale: 'Clients may keep sending it.',
  fix: 'Tell clients that migrated away that the parameter stays.',
  applies: (e) => e.parameter !== undefined,
  message: (e) => `${where(e)} is no longer deprecated`,
  examples: {
    bad: {
      name: 'un-deprecating a query parameter is information',
      base: 'parameters: [{ name: limit, in: query, deprecated: true, schema: { type: integer } }]',
      revision: 'parameters: [{ name: limit, in: query, schema: { type: integer } }]',
    },
    good: {
      name: 'deprecating one is not reactivating it',
      base: 'parameters: [{ name: limit, in: query, schema: { type: integer } }]',
      revision: 'parameters: [{ name: limit, in: query, deprecated: true, schema: { type: integer } }]',
    },
  },
});
