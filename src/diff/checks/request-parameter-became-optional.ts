import { defineCheck } from '../check.js';
import { where } from '../describe.js';
import { oas } from '../fixture.js';

export default defineCheck({
  id: 'request-parameter-became-optional',
  event: 'ParameterRequiredChanged',
  level: 'info',
  description: 'A required request parameter became optional.',
  rationale: 'Existing calls stay valid.',
  fix: 'Nothing to do.',
  applies: (e) => !e.to,
  message: (e) => `${where(e)} became optional`,
  fixtures: {
    triggers: {
      name: 'making a query parameter optional is information',
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
    passes: {
      name: 'making it required is not the reverse',
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
  },
});
