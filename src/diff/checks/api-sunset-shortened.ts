import { defineCheck } from '../check.js';

export default defineCheck({
  id: 'api-sunset-shortened',
  event: 'SunsetChanged',
  level: 'breaking',
  description: 'A deprecated operation will be removed earlier than announced.',
  rationale: 'Clients planned their migration against the announced date; an earlier one leaves them broken before they are done.',
  fix: 'Never shorten a Sunset; extend it or keep it.',
  applies: (e) => e.from !== undefined && e.to !== undefined && e.to < e.from,
  message: (e) => `Sunset of ${e.operation} moved earlier, from ${e.from} to ${e.to}`,
  examples: {
    bad: { name: 'moving a Sunset date earlier breaks clients mid-migration', base: "x-sunset: '2026-06-01'", revision: "x-sunset: '2026-01-01'" },
    good: { name: 'moving it later is not shortening it', base: "x-sunset: '2026-01-01'", revision: "x-sunset: '2026-06-01'" },
  },
});
