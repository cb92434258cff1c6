import { defineCheck } from '../check.js';
import { oas } from '../fixture.js';

export default defineCheck({
  id: 'request-optional-body-added',
  event: 'RequestBodyAdded',
  level: 'info',
  description: 'An operation accepts an optional body.',
  rationale: 'Existing calls stay valid.',
  fix: 'Nothing to do.',
  applies: (e) => !e.required,
  message: (e) => `an optional request body was added`,
  fixtures: {
    triggers: {
      name: 'a new optional request body is information',
      base: oas(`
        paths:
          /pets:
            post:
              responses: { '201': { description: created } }
      `),
      revision: oas(`
        paths:
          /pets:
            post:
              requestBody: { required: false, content: { application/json: { schema: { type: object } } } }
              responses: { '201': { description: created } }
      `),
    },
    passes: {
      name: 'a new required body is reported by its own check',
      base: oas(`
        paths:
          /pets:
            post:
              responses: { '201': { description: created } }
      `),
      revision: oas(`
        paths:
          /pets:
            post:
              requestBody: { required: true, content: { application/json: { schema: { type: object } } } }
              responses: { '201': { description: created } }
      `),
    },
  },
});
