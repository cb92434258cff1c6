import type { Dependency, Design } from '../model/types.js';
import { formatPercent, round } from '../model/units.js';
import { compositeWithout, isRead, productText, tick, ticks } from './facts.js';
import { answerNeeded, dataBehind, freshnessOfCopy } from './feasibility.js';
import { Tally, type Alternative, type Facts, type Infeasible } from './pattern.js';

export interface Candidate {
  alternative: Alternative;
  /** The dependencies the alternative changes. */
  changes: string[];
}

function candidate(pattern: string, tally: Tally, infeasible: Infeasible | null, changes: string[]): Candidate {
  return {
    alternative: { pattern, ...tally.done(), feasible: !infeasible, infeasibleBecause: infeasible?.because ?? null, move: infeasible?.move ?? null },
    changes,
  };
}

/** Infeasible when the bound after the change still misses the target: the arithmetic, and how far the target must move. */
function reaches(facts: Facts, lifted: number, what: string): Infeasible | null {
  const target = facts.availabilityTarget ?? 100;
  if (lifted >= target) return null;
  return {
    because: `availability: ${what} lifts the bound only to ${formatPercent(lifted)} < the ${formatPercent(target)} target`,
    move: `lower \`nfr.availability\` from ${formatPercent(target)} to ${formatPercent(lifted)} (−${round(target - lifted, 4)} points)`,
  };
}

/**
 * "How does the critical path stay up" when the availability target is out of reach. Each
 * alternative changes one dependency, so it agrees with that dependency's own decision: serve the
 * weakest critical read from a cache while it is down (a fallback takes it out of the product),
 * hand the weakest critical write off through a queue, add a second provider to the weakest
 * dependency (1 − (1 − a)² for two independent providers), or keep the path as it is. Each is
 * feasible only if the bound after the change reaches the target and the dependency's own
 * constraints (freshness, consistency, a needed answer) allow it.
 */
export function criticalPathCandidates(design: Design, facts: Facts): Candidate[] {
  const target = facts.availabilityTarget ?? 100;
  const critical = design.dependencies.filter((d) => facts.compositeInputs.some((i) => i.name === d.name));
  const weakest = (list: Dependency[]) => [...list].sort((a, b) => a.availability!.percent - b.availability!.percent)[0];
  const read = weakest(critical.filter(isRead));
  const write = weakest(critical.filter((d) => !isRead(d) && d.kind !== 'database'));
  const any = weakest(critical.filter((d) => d.kind !== 'database')) ?? weakest(critical);
  const candidates: Candidate[] = [];

  if (read) {
    const lifted = compositeWithout(facts, read);
    const t = new Tally(55).pro(
      15,
      `serving ${tick(read.name)} from a cache while it is down takes it out of the product: the bound rises from ${formatPercent(facts.compositePercent)} to ${formatPercent(lifted)}`,
    );
    const stale = freshnessOfCopy(dataBehind(design, read), 1, 'a cache');
    candidates.push(candidate('degrade-stale-cache', t, stale ?? reaches(facts, lifted, `a cache for ${tick(read.name)}`), [read.name]));
  }
  if (write) {
    const lifted = compositeWithout(facts, write);
    const t = new Tally(50)
      .pro(
        10,
        `handing ${tick(write.name)} off through a queue takes it out of the product: the bound rises from ${formatPercent(facts.compositePercent)} to ${formatPercent(lifted)}`,
      )
      .con(5, `the request is acknowledged before ${tick(write.name)} has done the work`);
    candidates.push(candidate('command-queue', t, answerNeeded(design, write) ?? reaches(facts, lifted, `queueing ${tick(write.name)}`), [write.name]));
  }
  if (any) {
    const a = any.availability!.percent;
    const pair = round((1 - (1 - a / 100) ** 2) * 100, 6);
    const lifted = round(compositeWithout(facts, any) * (pair / 100), 6);
    const t = new Tally(45)
      .pro(
        10,
        `a second, independent ${tick(any.name)} (another provider or region) raises it from ${formatPercent(a)} to 1 − (1 − ${formatPercent(a)})² = ${formatPercent(pair, 6)}, and the bound from ${formatPercent(facts.compositePercent)} to ${formatPercent(lifted)}`,
      )
      .con(10, `a second ${tick(any.name)} to run or buy, fail over to and keep in step`);
    candidates.push(candidate('degrade-second-provider', t, reaches(facts, lifted, `a second provider for ${tick(any.name)}`), [any.name]));
  }
  const keep = new Tally(35).pro(5, `${ticks(critical.map((d) => d.name))} stay as they are, with no new component`);
  candidates.push(
    candidate(
      'sync-request-response',
      keep,
      {
        because: `availability: the critical path stays bounded at ${productText(facts.compositeInputs)} < the ${formatPercent(target)} target`,
        move: `lower \`nfr.availability\` from ${formatPercent(target)} to ${formatPercent(facts.compositePercent)} (−${round(target - facts.compositePercent, 4)} points)`,
      },
      [],
    ),
  );
  return candidates;
}
