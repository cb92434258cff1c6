import { mirror, type CheckCases } from './case.js';
import { oas } from '../fixtures/build.js';
import responseHeaderAdded from './response-header-added.js';

export default {
  triggers: mirror(responseHeaderAdded.triggers, 'removing an optional response header is a warning'),
  passes: {
    name: 'removing a required header is reported by its own check',
    base: oas(`
      paths:
        /pets:
          get:
            responses: { '200': { description: r200, content: { application/json: { schema: { type: object } } }, headers: { X-Rate-Limit: { required: true, schema: { type: integer } } } } }
    `),
    revision: oas(`
      paths:
        /pets:
          get:
            responses: { '200': { description: r200, content: { application/json: { schema: { type: object } } } } }
    `),
  },
} satisfies CheckCases;
