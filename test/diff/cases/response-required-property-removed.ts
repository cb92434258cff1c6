import { named, type CheckCases } from './case.js';
import { oas } from '../fixtures/build.js';
import responseOptionalPropertyRemoved from './response-optional-property-removed.js';

export default {
  triggers: named(responseOptionalPropertyRemoved.passes, 'removing a required response property breaks clients that read it'),
  passes: {
    name: 'removing a deprecated response property after its sunset is not breaking',
    base: oas(`
      paths:
        /pets:
          get:
            x-sunset: '2025-01-01'
            responses: { '200': { description: ok, content: { application/json: { schema: { type: object, required: [age], properties: { age: { type: integer, deprecated: true } } } } } } }
    `),
    revision: oas(`
      paths:
        /pets:
          get:
            x-sunset: '2025-01-01'
            responses: { '200': { description: ok, content: { application/json: { schema: { type: object } } } } }
    `),
  },
} satisfies CheckCases;
