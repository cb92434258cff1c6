import { defineCheck } from '../check.js';
import { where } from '../describe.js';
import { oas } from '../fixture.js';

export default defineCheck({
  id: 'request-parameter-became-required',
  event: 'ParameterRequiredChanged',
  level: 'breaking',
  description: 'An optional request parameter became required.',
  rationale: 'Clients that omit it are rejected.',
  fix: 'Keep it optional with a default.',
  applies: (e) => e.to,
  message: (e) => `${where(e)} became required`,
  fixtures: {
    triggers: {
      name: 'making a query parameter required breaks clients that omit it',
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
              parameters: [{ name: limit, in: query, required: true, schema: { type: integer } }]
              responses: { '200': { description: ok } }
      `),
    },
    passes: {
      name: 'making it optional is not the reverse',
      base: oas(`
        paths:
          /pets:
            get:
              parameters: [{ name: limit, in: query, required: true, schema: { type: integer } }]
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
