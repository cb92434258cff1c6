import { defineCheck } from '../check.js';

export default defineCheck({
  id: 'api-sunset-changed',
  event: 'SunsetChanged',
  level: 'info',
  description: 'A Sunset date was set, extended or withdrawn.',
  rationale: 'Clients get the same or more time.',
  fix: 'Announce the date to clients.',
  applies: (e) => !(e.from !== undefined && e.to !== undefined && e.to < e.from),
  message: (e) => `Sunset of ${e.operation} changed from ${e.from ?? 'none'} to ${e.to ?? 'none'}`,
  examples: {
    bad: { name: 'setting a Sunset date on a deprecated operation is information', base: '', revision: "x-sunset: '2026-01-01'" },
    good: { name: 'shortening it is reported by its own check', base: "x-sunset: '2026-06-01'", revision: "x-sunset: '2026-01-01'" },
  },
});
