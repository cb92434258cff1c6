import { defineCheck } from '../check.js';
import { where } from '../describe.js';
import { oas } from '../fixture.js';

export default defineCheck({
  id: 'request-parameter-removed',
  event: 'ParameterRemoved',
  level: 'warn',
  removal: true,
  description: 'A request parameter was removed.',
  rationale: 'Clients still send it; the server now ignores it (changing behaviour silently) or rejects the unknown parameter.',
  fix: 'Deprecate the parameter with a Sunset date first and keep honouring it until then.',
  applies: () => true,
  message: (e) => `${where(e)} was removed`,
  fixtures: {
    triggers: {
      name: 'removing a query parameter changes what clients that send it get',
      base: oas(`
        paths:
          /pets:
            get:
              parameters: [{ name: limit, in: query, schema: { type: integer } }]
              responses: { '200': { description: ok } }
      `),
      revision: oas(`
        paths:
          /pets:
            get:
              parameters: []
              responses: { '200': { description: ok } }
      `),
    },
    passes: {
      name: 'removing a deprecated parameter after its sunset is not a warning',
      base: oas(`
        paths:
          /pets:
            get:
              parameters: [{ name: limit, in: query, deprecated: true, schema: { type: integer } }]
              x-sunset: '2025-01-01'
              responses: { '200': { description: ok } }
      `),
      revision: oas(`
        paths:
          /pets:
            get:
              parameters: []
              x-sunset: '2025-01-01'
              responses: { '200': { description: ok } }
      `),
    },
  },
});
