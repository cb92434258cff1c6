import { defineCheck } from '../check.js';
import { oas } from '../fixture.js';

export default defineCheck({
  id: 'request-body-became-required',
  event: 'RequestBodyRequiredChanged',
  level: 'breaking',
  description: 'An optional request body became required.',
  rationale: 'Clients that send no body are rejected.',
  fix: 'Keep the body optional with defaults.',
  applies: (e) => e.to,
  message: (e) => `the request body became required`,
  fixtures: {
    triggers: {
      name: 'making the request body required breaks clients that omit it',
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
    passes: {
      name: 'making it optional is not the reverse',
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
  },
});
