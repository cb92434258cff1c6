import { defineCheck } from '../check.js';
import { oas } from '../fixture.js';

export default defineCheck({
  id: 'api-sunset-changed',
  event: 'SunsetChanged',
  level: 'info',
  description: 'A Sunset date was set, extended or withdrawn.',
  rationale: 'Clients get the same or more time.',
  fix: 'Announce the date to clients.',
  applies: (e) => !(e.from !== undefined && e.to !== undefined && e.to < e.from),
  message: (e) => `Sunset of ${e.operation} changed from ${e.from ?? 'none'} to ${e.to ?? 'none'}`,
  fixtures: {
    triggers: {
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
    },
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
  },
});
