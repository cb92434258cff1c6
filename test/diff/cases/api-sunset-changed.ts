import { mirror, type CheckCases } from './case.js';
import { oas } from '../fixtures/build.js';

const triggers = {
  name: 'setting a Sunset date on a deprecated operation is information',
  base: oas(`
    paths:
      /pets:
        get:
          deprecated: true
          responses: { '200': { description: ok } }
  `),
  revision: oas(`
    paths:
      /pets:
        get:
          deprecated: true
          x-sunset: '2026-01-01'
          responses: { '200': { description: ok } }
  `),
};

export default {
  triggers,
  passes: {
    name: 'shortening it is reported by its own check',
    base: oas(`
      paths:
        /pets:
          get:
            deprecated: true
            x-sunset: '2026-06-01'
            responses: { '200': { description: ok } }
    `),
    revision: oas(`
      paths:
        /pets:
          get:
            deprecated: true
            x-sunset: '2026-01-01'
            responses: { '200': { description: ok } }
    `),
  },
  more: [mirror(triggers, 'removing the Sunset date is information')],
} satisfies CheckCases;
