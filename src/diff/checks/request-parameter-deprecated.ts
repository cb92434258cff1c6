import { defineCheck } from '../check.js';
import { where } from '../describe.js';

export default defineCheck({
  id: 'request-parameter-deprecated',
  event: 'DeprecationAdded',
  level: 'info',
  description: 'A request parameter was deprecated.',
  rationale: 'Clients should stop sending it before it is removed.',
  fix: 'Name the replacement and set a Sunset date.',
  applies: (e) => e.parameter !== undefined,
  message: (e) => `${where(e)} was deprecated`,
  examples: {
    bad: {
      name: 'deprecating a query parameter is information',
      base: 'parameters: [{ name: limit, in: query, schema: { type: integer } }]',
      revision: 'parameters: [{ name: limit, in: query, deprecated: true, schema: { type: integer } }]',
    },
    good: {
      name: 'reactivating one is not deprecating it',
      base: 'parameters: [{ name: limit, in: query, deprecated: true, schema: { type: integer } }]',
      revision: 'parameters: [{ name: limit, in: query, schema: { type: integer } }]',
    },
  },
});
