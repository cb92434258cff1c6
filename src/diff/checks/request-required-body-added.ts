import { defineCheck } from '../check.js';
import { oas } from '../fixture.js';

export default defineCheck({
  id: 'request-required-body-added',
  event: 'RequestBodyAdded',
  level: 'breaking',
  description: 'An operation that took no body now requires one.',
  rationale: 'Existing clients send no body and are rejected.',
  fix: 'Make the body optional with server-side defaults.',
  applies: (e) => e.required,
  message: (e) => `a required request body was added`,
  fixtures: {
    triggers: {
      name: 'a new required request body breaks existing calls',
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
    passes: {
      name: 'a new optional request body breaks nobody',
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
  },
});
