import { mirror, type CheckCases } from './case.js';
import { oas } from '../fixtures/build.js';
import requestBodyRemoved from './request-body-removed.js';

export default {
  triggers: mirror(requestBodyRemoved.triggers, 'a new optional request body is information'),
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
} satisfies CheckCases;
