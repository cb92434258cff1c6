import { defineCheck } from '../check.js';
import { oas } from '../fixture.js';

export default defineCheck({
  id: 'request-body-media-type-added',
  event: 'MediaTypeAdded',
  level: 'info',
  description: 'An operation accepts a new request content type.',
  rationale: 'Existing calls stay valid.',
  fix: 'Nothing to do.',
  applies: (e) => e.direction === 'request',
  message: (e) => `the request body now also accepts ${e.mediaType}`,
  fixtures: {
    triggers: {
      name: 'accepting a new request content type is information',
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
              requestBody: { required: true, content: { application/json: { schema: { type: object } }, application/xml: { schema: { type: object } } } }
              responses: { '201': { description: created } }
      `),
    },
    passes: {
      name: 'dropping one is not adding one',
      base: oas(`
        paths:
          /pets:
            post:
              requestBody: { required: true, content: { application/json: { schema: { type: object } }, application/xml: { schema: { type: object } } } }
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
