import { defineCheck } from '../check.js';
import { oas } from '../fixture.js';

export default defineCheck({
  id: 'api-sunset-shortened',
  event: 'SunsetChanged',
  level: 'breaking',
  description: 'A deprecated operation will be removed earlier than announced.',
  rationale: 'Clients planned their migration against the announced date; an earlier one leaves them broken before they are done.',
  fix: 'Never shorten a Sunset; extend it or keep it.',
  applies: (e) => e.from !== undefined && e.to !== undefined && e.to < e.from,
  message: (e) => `Sunset of ${e.operation} moved earlier, from ${e.from} to ${e.to}`,
  fixtures: {
    triggers: {
      name: 'moving a Sunset date earlier breaks clients mid-migration',
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
    passes: {
      name: 'moving it later is not shortening it',
      base: oas(`
        paths:
          /pets:
            get:
              deprecated: true
              x-sunset: '2026-01-01'
              responses: { '200': { description: ok } }
      `),
      revision: oas(`
        paths:
          /pets:
            get:
              deprecated: true
              x-sunset: '2026-06-01'
              responses: { '200': { description: ok } }
      `),
    },
  },
});
