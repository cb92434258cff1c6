import { defineCheck } from '../check.js';
import { where } from '../describe.js';
import { oas } from '../fixture.js';

export default defineCheck({
  id: 'request-parameter-deprecated',
  event: 'DeprecationAdded',
  level: 'info',
  description: 'A request parameter was deprecated.',
  rationale: 'Clients should stop sending it before it is removed.',
  fix: 'Name the replacement and set a Sunset date.',
  applies: (e) => e.parameter !== undefined,
  message: (e) => `${where(e)} was deprecated`,
  fixtures: {
    triggers: {
      name: 'deprecating a query parameter is information',
      base: oas(`
        paths:
          /pets:
            get:
              parameters: [{ name: limit, in: query, schema: { type: integer } }]
              responses: { '200': { description: ok } }
      `),
      revision: oas(`
        paths:
          /pets:
            get:
              parameters: [{ name: limit, in: query, deprecated: true, schema: { type: integer } }]
              responses: { '200': { description: ok } }
      `),
    },
    passes: {
      name: 'reactivating one is not deprecating it',
      base: oas(`
        paths:
          /pets:
            get:
              parameters: [{ name: limit, in: query, deprecated: true, schema: { type: integer } }]
              responses: { '200': { description: ok } }
      `),
      revision: oas(`
        paths:
          /pets:
            get:
              parameters: [{ name: limit, in: query, schema: { type: integer } }]
              responses: { '200': { description: ok } }
      `),
    },
  },
});
