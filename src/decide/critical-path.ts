import type { Design } from '../model/types.js';
import { formatPercent } from '../model/units.js';
import { compositeWithout, productText, strongData, tick, ticks } from './facts.js';
import { Tally, type Alternative, type Facts } from './pattern.js';

/**
 * "How does the critical path stay up" when the availability target is out of reach: serve the
 * weakest critical read from a replica, hand the weakest critical write off through a queue, or
 * keep the path synchronous (redundancy or a lower target). Each is scored by how far it lifts
 * the composite bound, so every reason carries a figure.
 */
export function criticalPathCandidates(design: Design, facts: Facts): Alternative[] {
  const target = facts.availabilityTarget ?? 100;
  const critical = design.dependencies.filter((d) => facts.compositeInputs.some((i) => i.name === d.name));
  const weakest = (list: typeof critical) => [...list].sort((a, b) => a.availability!.percent - b.availability!.percent)[0];
  const bound = `${productText(facts.compositeInputs)}, below the ${formatPercent(target)} target`;
  const read = weakest(critical.filter((d) => d.idempotent && !d.idempotencyKey));
  const write = weakest(critical.filter((d) => !(d.idempotent && !d.idempotencyKey) && d.kind !== 'database'));

  const replicate = new Tally(45);
  if (read) {
    const lifted = compositeWithout(facts, read);
    replicate.pro(lifted >= target ? 30 : 10, `${tick(read.name)} is a read: serving it from a local replica or cache lifts the bound from ${formatPercent(facts.compositePercent)} to ${formatPercent(lifted)}`);
    const fresh = design.data.referenced.filter((d) => d.owner === read.name && d.freshness?.ms === 0).map((d) => d.name);
    if (fresh.length) replicate.con(20, `${ticks(fresh)} from ${tick(read.name)} must be fresh at 0s, so a replica serves only a degraded answer while ${tick(read.name)} is down`);
  } else replicate.con(20, `none of the critical dependencies (${ticks(critical.map((d) => d.name))}) is a read that a replica could serve`);

  const queue = new Tally(40);
  if (write) {
    const lifted = compositeWithout(facts, write);
    queue.pro(lifted >= target ? 20 : 5, `handing ${tick(write.name)} off asynchronously lifts the bound from ${formatPercent(facts.compositePercent)} to ${formatPercent(lifted)}`);
    const strong = strongData(design);
    if (strong.length) queue.con(20, `consistency for ${ticks(strong)} is strong, so the response cannot wait for ${tick(write.name)} to finish later`);
  } else queue.con(20, `none of the critical dependencies (${ticks(critical.map((d) => d.name))}) is a write that could be handed off`);

  const keep = new Tally(35)
    .pro(5, `${ticks(critical.map((d) => d.name))} stay as they are, with no new component`)
    .con(20, `the critical path stays bounded at ${bound}, unless a dependency is made redundant or the target lowered`);

  return [
    { pattern: 'replicate-data', ...replicate.done() },
    { pattern: 'command-queue', ...queue.done() },
    { pattern: 'sync-request-response', ...keep.done() },
  ];
}
