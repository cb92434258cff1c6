import { defineCheck } from '../check.js';
import { oas } from '../fixture.js';

export default defineCheck({
  id: 'request-body-removed',
  event: 'RequestBodyRemoved',
  level: 'warn',
  removal: true,
  description: 'An operation no longer takes a request body.',
  rationale: 'Clients still send one; the server ignores it (silently dropping data) or rejects it.',
  fix: 'Deprecate the body first and keep accepting it until the Sunset date.',
  applies: () => true,
  message: (e) => `the request body was removed`,
  fixtures: {
    triggers: {
      name: 'removing a request body affects clients that send it',
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
              responses: { '201': { description: created } }
      `),
    },
    passes: {
      name: 'adding one is not a removal',
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
