import { named, type CheckCases } from './case.js';
import { oas } from '../fixtures/build.js';
import responseNonSuccessStatusRemoved from './response-non-success-status-removed.js';

export default {
  triggers: {
    name: 'dropping 200 in favour of 204 breaks clients that check for 200',
    base: oas(`
      paths:
        /pets:
          get:
            responses: { '200': { description: r200, content: { application/json: { schema: { type: object } } } } }
    `),
    revision: oas(`
      paths:
        /pets:
          get:
            responses: { '204': { description: r204, content: { application/json: { schema: { type: object } } } } }
    `),
  },
  passes: named(responseNonSuccessStatusRemoved.triggers, 'dropping an error status is reported by its own check'),
} satisfies CheckCases;
