import { defineCheck } from '../check.js';
import { oas } from '../fixture.js';

export default defineCheck({
  id: 'request-body-became-optional',
  event: 'RequestBodyRequiredChanged',
  level: 'info',
  description: 'A required request body became optional.',
  rationale: 'Existing calls stay valid.',
  fix: 'Nothing to do.',
  applies: (e) => !e.to,
  message: (e) => `the request body became optional`,
  fixtures: {
    triggers: {
      name: 'making the request body optional is information',
      base: oas(`
        paths:
          /pets:
            post:
              requestBody: { required: true, content: { application/json: { schema: { type: object } } } }
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
      name: 'making it required is not the reverse',
      base: oas(`
        paths:
          /pets:
            post:
              requestBody: { required: false, content: { application/json: { schema: { type: object } } } }
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
