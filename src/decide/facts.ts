import type { Dependency, Design } from '../model/types.js';
import { formatPercent, round } from '../model/units.js';
import { tailLatency } from '../model/queries.js';
import { compositeAvailability } from '../resilience/figures.js';
import type { Facts, ScoreInput, Tally } from './pattern.js';
import { writes } from './writes.js';

export function factsOf(design: Design): Facts {
  const composite = compositeAvailability(design);
  return {
    peakRps: design.nfr.throughput?.peakRps,
    availabilityTarget: design.nfr.availability?.percent,
    compositePercent: composite.percent,
    compositeInputs: composite.inputs,
    p99Ms: tailLatency(design)?.ms,
    brokered: design.dependencies.filter((d) => d.kind === 'topic' || d.kind === 'queue').map((d) => d.name),
    writes: writes(design),
  };
}

/** `name` as inline code, the way every reason names an input. */
export const tick = (name: string) => `\`${name}\``;
export const ticks = (names: readonly string[]) => names.map(tick).join(', ');

const product = (percents: number[]) => round(percents.reduce((acc, p) => acc * (p / 100), 1) * 100, 6);

/** The composite bound if `dependency` were taken off the critical synchronous path. */
export function compositeWithout(facts: Facts, dependency: Dependency): number {
  return product(facts.compositeInputs.filter((i) => i.name !== dependency.name).map((i) => i.percent));
}

/** The composite bound with `dependency` called synchronously on the critical path. */
export function compositeWith(facts: Facts, dependency: Dependency): number {
  return product([compositeWithout(facts, dependency), dependency.availability?.percent ?? 100]);
}

/** "99.95% × 99.99% = 99.94%" for the inputs of a composite. */
export function productText(inputs: Array<{ percent: number }>): string {
  return `${inputs.map((i) => formatPercent(i.percent)).join(' × ') || '100%'} = ${formatPercent(product(inputs.map((i) => i.percent)))}`;
}

/** Referenced data owned by the service a dependency names. */
export function dataFrom(design: Design, dependency: Dependency) {
  return design.data.referenced.filter((d) => d.owner === dependency.name);
}

/** Data behind a dependency that the design holds to strong consistency. */
export function strongDataFrom(design: Design, dependency: Dependency): string[] {
  return dataFrom(design, dependency)
    .filter((d) => design.nfr.consistency[d.name] === 'strong')
    .map((d) => d.name);
}

/** A call whose answer the caller reads: naturally idempotent and not a keyed write. */
export function isRead(dependency: Dependency): boolean {
  return dependency.idempotent && !dependency.idempotencyKey;
}

/** Event streams this service publishes that the dependency consumes. */
export function streamsConsumedBy(design: Design, name: string) {
  return design.events.filter((e) => e.consumers.includes(name));
}

/** The team that owns `service`, when the system holds its design and it names an owner. */
export function teamOf(system: readonly Design[], service: string): string | undefined {
  return system.find((d) => d.service.name === service)?.service.owner;
}

/** The owning team of `service` when it differs from this service's team. */
export function otherTeam({ design, system }: ScoreInput, service: string): string | undefined {
  const team = teamOf(system, service);
  return team && team !== design.service.owner ? team : undefined;
}

/** Operational complexity of a broker-based pattern, judged against the brokers the service already runs. */
export function brokerCost(t: Tally, facts: Facts): void {
  if (facts.brokered.length > 0) t.pro(5, `the service already runs ${ticks(facts.brokered)} on a broker, so this adds no new kind of component`);
  else t.con(5, 'the service declares no topic or queue yet, so a broker is a new component to operate');
}

/** Reasons no broker-based pattern suits a dependency: it only takes HTTP calls, its answer is read, or its data may be hours old. */
export function brokerMisfits(design: Design, dependency: Dependency): Array<[number, string]> {
  const misfits: Array<[number, string]> = [];
  const name = tick(dependency.name);
  if (dependency.kind === 'webhook') misfits.push([20, `${name} receives HTTP calls (a webhook), not messages from a broker`]);
  if (isRead(dependency)) misfits.push([40, `${name} is idempotent (a read): the caller needs its answer, which a message does not bring back`]);
  const strong = strongDataFrom(design, dependency);
  const held = strongData(design);
  if (strong.length) misfits.push([15, `consistency for ${ticks(strong)} is strong, and a message is applied after the response`]);
  else if (dependency.critical && !isRead(dependency) && held.length) {
    misfits.push([15, `consistency for ${ticks(held)} is strong, so the response must confirm the write to ${name}, which a message applies only later`]);
  }
  const slow = dataFrom(design, dependency).filter((d) => (d.freshness?.ms ?? 0) >= 3_600_000);
  if (slow.length)
    misfits.push([15, `${slow.map((d) => `${tick(d.name)} tolerates ${d.freshness!.text}`).join(', ')}, so per-message delivery buys freshness nobody needs`]);
  return misfits;
}

/** Data the design holds to strong consistency, in the order written. */
export function strongData(design: Design): string[] {
  return Object.entries(design.nfr.consistency)
    .filter(([, level]) => level === 'strong')
    .map(([name]) => name);
}

/** The write targets' teams: all this service's team, some elsewhere, or unknown to the review. */
export function writeTeams({ design, system, facts }: ScoreInput): { same: boolean; others: string[] } {
  const teams = facts.writes.map((d) => teamOf(system, d.name));
  const others = [...new Set(teams.filter((t): t is string => t !== undefined && t !== design.service.owner))].sort();
  return { same: design.service.owner !== undefined && teams.every((t) => t === design.service.owner), others };
}
