import { defineCheck } from '../check.js';
import { stabilityRank } from '../policy.js';

export default defineCheck({
  id: 'api-stability-increased',
  event: 'StabilityChanged',
  level: 'info',
  description: 'An operation promises more stability than before.',
  rationale: 'Clients may now rely on it.',
  fix: 'Nothing to do.',
  applies: (e) => stabilityRank(e.to) > stabilityRank(e.from),
  // Unstated is stable, the highest rank: an increase starts from a stated level.
  message: (e) => `stability of ${e.operation} increased from ${e.from} to ${e.to ?? 'stable'}`,
  examples: {
    bad: { name: 'promoting beta to stable is information', base: 'x-stability-level: beta', revision: 'x-stability-level: stable' },
    good: { name: 'demoting is not promoting', base: 'x-stability-level: stable', revision: 'x-stability-level: beta' },
  },
});
