import { defineCheck } from '../check.js';
import { stabilityRank } from '../policy.js';

export default defineCheck({
  id: 'api-stability-decreased',
  event: 'StabilityChanged',
  level: 'breaking',
  description: 'An operation promises less stability than before (stable to beta).',
  rationale: 'Clients built on a stable promise now depend on something that may break without notice.',
  fix: 'Keep the stable operation and offer the unstable variant beside it.',
  applies: (e) => stabilityRank(e.to) < stabilityRank(e.from),
  // Unstated is stable, the highest rank: a decrease ends on a stated level.
  message: (e) => `stability of ${e.operation} decreased from ${e.from ?? 'stable'} to ${e.to}`,
  examples: {
    bad: { name: 'taking a stable operation back to beta breaks its promise', base: 'x-stability-level: stable', revision: 'x-stability-level: beta' },
    good: { name: 'promoting beta to stable is not a decrease', base: 'x-stability-level: beta', revision: 'x-stability-level: stable' },
  },
});
