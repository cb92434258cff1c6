import { defineCheck } from '../check.js';
import { where } from '../describe.js';
import { oas } from '../fixture.js';

export default defineCheck({
  id: 'request-optional-parameter-added',
  event: 'ParameterAdded',
  level: 'info',
  description: 'An operation gained an optional parameter.',
  rationale: 'Existing calls stay valid.',
  fix: 'Nothing to do.',
  applies: (e) => !e.required,
  message: (e) => `${where(e)} was added`,
  fixtures: {
    triggers: {
      name: 'a new optional parameter is information',
      base: oas(`
        paths:
          /pets:
            get:
              parameters: []
              responses: { '200': { description: ok } }
      `),
      revision: oas(`
        paths:
          /pets:
            get:
              parameters: [{ name: X-Request-Id, in: header, schema: { type: string } }]
              responses: { '200': { description: ok } }
      `),
    },
    passes: {
      name: 'a new required parameter is reported by its own check',
      base: oas(`
        paths:
          /pets:
            get:
              parameters: []
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
