import { mirror, type CheckCases } from './case.js';
import { oas } from '../fixtures/build.js';
import apiAdded from './api-added.js';

export default {
  triggers: mirror(apiAdded.triggers, 'removing an operation that was not deprecated breaks its callers'),
  passes: {
    name: 'removing a deprecated operation after its sunset is not breaking',
    base: oas(`
      paths:
        /pets:
          get:
            responses: { '200': { description: ok } }
          post:
            deprecated: true
            x-sunset: '2025-01-01'
            responses: { '201': { description: created } }
    `),
    revision: oas(`
      paths:
        /pets:
          get:
            responses: { '200': { description: ok } }
    `),
  },
} satisfies CheckCases;
