import type { Dependency, Design, ReferencedData } from '../model/types.js';
import { formatMs, formatPercent, round } from '../model/units.js';
import { dataFrom, isRead, strongData, strongDataFrom, tick, ticks } from './facts.js';
import type { Facts, Infeasible } from './pattern.js';

/**
 * The hard constraints shared by the patterns. Each returns the constraint with its arithmetic and
 * what would have to move, or null when the constraint holds (or is not stated).
 */

/** A live call must fit the service's own p99, unless a fallback answers once a timeout inside the budget fires. */
export function latencyOfCall(facts: Facts, dependency: Dependency): Infeasible | null {
  const p99 = dependency.latency?.p99;
  if (!p99 || facts.p99Ms === undefined || p99.ms <= facts.p99Ms) return null;
  if (dependency.fallback && dependency.timeout && dependency.timeout.ms <= facts.p99Ms) return null;
  return {
    because: `latency: ${tick(dependency.name)}’s own p99 of ${p99.text} exceeds the service’s whole p99 budget of ${formatMs(facts.p99Ms)} (${p99.text} > ${formatMs(facts.p99Ms)}, ${Math.round((p99.ms / facts.p99Ms) * 100)}% of the budget)`,
    move: `raise \`nfr.latency.p99\` from ${formatMs(facts.p99Ms)} to at least ${p99.text} (+${formatMs(p99.ms - facts.p99Ms)}), get ${tick(dependency.name)}’s p99 below ${formatMs(facts.p99Ms)}, or give it a \`fallback\` behind a timeout within the budget`,
  };
}

/** A critical call with no fallback bounds availability by its own promise, whatever else the path holds. */
export function availabilityOfCall(design: Design, facts: Facts, dependency: Dependency): Infeasible | null {
  const target = facts.availabilityTarget;
  const own = dependency.availability?.percent;
  if (!dependency.critical || dependency.fallback || target === undefined || own === undefined || own >= target) return null;
  return {
    because: `availability: ${tick(dependency.name)} alone promises ${formatPercent(own)}, so a path that needs its answer is bounded at ${formatPercent(own)} < the ${design.nfr.availability!.text} target`,
    move: `lower \`nfr.availability\` from ${formatPercent(target)} to ${formatPercent(own)} (−${round(target - own, 4)} points), or give ${tick(dependency.name)} a \`fallback\` or a second provider`,
  };
}

/** A message brings no answer back and lands after the response: impossible when the response needs either. */
export function answerNeeded(design: Design, dependency: Dependency): Infeasible | null {
  const name = tick(dependency.name);
  if (dependency.critical && isRead(dependency) && !dependency.fallback) {
    return {
      because: `the answer: ${name} is a critical read, and the request cannot respond without what it returns, which a message does not bring back`,
      move: `make ${name} non-critical (\`critical: false\` with a \`fallback\`), or keep a live call`,
    };
  }
  const strong = strongDataFrom(design, dependency);
  if (strong.length) {
    return {
      because: `consistency: ${ticks(strong)} ${strong.length > 1 ? 'are' : 'is'} held strong, and a message is applied after the response`,
      move: `relax \`nfr.consistency\` for ${ticks(strong)} to eventual`,
    };
  }
  const held = strongData(design);
  if (dependency.critical && !isRead(dependency) && held.length) {
    return {
      because: `consistency: ${ticks(held)} ${held.length > 1 ? 'are' : 'is'} held strong, so the response must confirm the write to ${name}, which a message applies only later`,
      move: `relax \`nfr.consistency\` for ${ticks(held)} to eventual, or make ${name} non-critical`,
    };
  }
  return null;
}

/** A copy (replica, cache, batch) lags its owner: impossible for data that must be fresh within less than `lagMs`. */
export function freshnessOfCopy(data: readonly ReferencedData[], lagMs: number, what: string): Infeasible | null {
  const tooFresh = data.filter((d) => d.freshness !== undefined && d.freshness.ms < lagMs);
  if (!tooFresh.length) return null;
  const list = tooFresh.map((d) => `${tick(d.name)} must be fresh within ${d.freshness!.text}`).join(', ');
  return {
    because: `freshness: ${list}, and ${what} lags by ${lagMs === 1 ? 'more than 0s' : `up to ${formatMs(lagMs)}`}`,
    move: `allow ${ticks(tooFresh.map((d) => d.name))} a \`freshness\` of at least ${lagMs === 1 ? 'the replication lag (seconds)' : formatMs(lagMs)}`,
  };
}

/** Data a dependency answers for, for the copy checks. */
export function dataBehind(design: Design, dependency: Dependency): ReferencedData[] {
  return dataFrom(design, dependency);
}

/** Strongly consistent referenced data cannot be served from a copy. */
export function consistencyOfCopy(design: Design, data: readonly ReferencedData[]): Infeasible | null {
  const strong = data.filter((d) => design.nfr.consistency[d.name] === 'strong').map((d) => d.name);
  if (!strong.length) return null;
  return {
    because: `consistency: ${ticks(strong)} ${strong.length > 1 ? 'are' : 'is'} held strong, which a copy updated after the fact cannot give`,
    move: `relax \`nfr.consistency\` for ${ticks(strong)} to eventual`,
  };
}

export const first = (...checks: Array<Infeasible | null>): Infeasible | null => checks.find((c) => c !== null) ?? null;
