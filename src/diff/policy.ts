import type { Level } from './check.js';
import type { EventContext } from './events.js';

export interface PolicyOptions {
  /** YYYY-MM-DD; the engine never reads the clock. */
  today: string;
  /** The contract's stability when operations do not declare `x-stability-level` (from archway.yaml). */
  stability?: string;
}

/** Stability levels that promise nothing: a breaking change there is a warning. */
const UNSTABLE = new Set(['draft', 'alpha', 'beta', 'experimental']);

/**
 * The level a change gets after the contract's promises: removing what was deprecated with a
 * Sunset that has passed is expected (info); anything breaking in an alpha or beta operation
 * is a warning. Returns why the level moved, for the report.
 */
export function applyPolicy(level: Level, removal: boolean, event: EventContext, options: PolicyOptions): { level: Level; policy?: string } {
  if (removal && event.deprecated && event.sunset !== undefined && event.sunset <= options.today) {
    return { level: 'info', policy: `deprecated with Sunset ${event.sunset}, which has passed` };
  }
  const stability = event.stability ?? options.stability;
  if (level === 'breaking' && stability !== undefined && UNSTABLE.has(stability)) {
    return { level: 'warn', policy: `stability ${stability}: breaking changes are allowed with a warning` };
  }
  return { level };
}

const STABILITY_RANK: Record<string, number> = { draft: 0, experimental: 0, alpha: 1, beta: 2, stable: 3 };

/** Orders stability levels; an operation that declares none is taken as stable. */
export function stabilityRank(level: string | undefined): number {
  return STABILITY_RANK[level ?? 'stable'] ?? STABILITY_RANK.stable;
}
