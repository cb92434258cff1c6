import type { Dependency, Design } from '../model/types.js';
import { formatPercent, round } from '../model/units.js';
import { tailLatency } from '../model/queries.js';
import { compositeAvailability } from '../resilience/figures.js';
import type { Facts } from './pattern.js';

export function factsOf(design: Design): Facts {
  const composite = compositeAvailability(design);
  return {
    peakRps: design.nfr.throughput?.peakRps,
    availabilityTarget: design.nfr.availability?.percent,
    compositePercent: composite.percent,
    compositeInputs: composite.inputs,
    p99Ms: tailLatency(design)?.ms,
  };
}

/** The composite bound if `dependency` were taken off the critical synchronous path. */
export function compositeWithout(facts: Facts, dependency: Dependency): number {
  const rest = facts.compositeInputs.filter((i) => i.name !== dependency.name);
  return round(rest.reduce((acc, i) => acc * (i.percent / 100), 1) * 100, 6);
}

/** "99.95% × 99.99% = 99.94%" for the inputs of a composite. */
export function productText(inputs: Array<{ percent: number }>): string {
  const product = inputs.reduce((acc, i) => acc * (i.percent / 100), 1) * 100;
  return `${inputs.map((i) => formatPercent(i.percent)).join(' × ') || '100%'} = ${formatPercent(product)}`;
}

/** Referenced data owned by the service a dependency names. */
export function dataFrom(design: Design, dependency: Dependency) {
  return design.data.referenced.filter((d) => d.owner === dependency.name);
}

/** Event streams this service publishes that the dependency consumes. */
export function streamsConsumedBy(design: Design, name: string) {
  return design.events.filter((e) => e.consumers.includes(name));
}

/** Reasons no broker-based pattern suits a dependency: it only takes HTTP calls, or its data may be hours old. */
export function brokerMisfits(design: Design, dependency: Dependency): Array<[number, string]> {
  const misfits: Array<[number, string]> = [];
  if (dependency.kind === 'webhook') misfits.push([20, `\`${dependency.name}\` receives HTTP calls (a webhook), not messages from a broker`]);
  const slow = dataFrom(design, dependency).filter((d) => (d.freshness?.ms ?? 0) >= 3_600_000);
  if (slow.length) misfits.push([15, `${slow.map((d) => `\`${d.name}\` tolerates ${d.freshness!.text}`).join(', ')}, so per-message delivery buys freshness nobody needs`]);
  return misfits;
}
