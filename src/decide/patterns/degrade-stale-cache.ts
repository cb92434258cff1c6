import { dataFrom, isRead, tick } from '../facts.js';
import { first, freshnessOfCopy } from '../feasibility.js';
import { definePattern, Tally } from '../pattern.js';

export default definePattern({
  id: 'degrade-stale-cache',
  name: 'Cache with stale-while-revalidate',
  decisionKind: 'degradation',
  whenItFits: 'A read whose data tolerates some staleness: the last good answer serves while the owner is down or slow.',
  costs: 'A cache to size and invalidate; answers up to the cache’s age old.',
  failureModes: ['the cache serves data older than the stated freshness'],
  mitigation: 'Bound the stale age by the stated freshness and expose the age of served entries as a metric.',
  verification: 'Take the owner down in staging: reads keep answering from the cache, and none is older than the stated freshness.',
  score({ design, dependency }) {
    const t = new Tally(55);
    if (!dependency) return t.done();
    const name = tick(dependency.name);
    const tolerant = dataFrom(design, dependency).filter((d) => d.freshness && d.freshness.ms > 0);
    if (tolerant.length) t.pro(15, `${tolerant.map((d) => `${tick(d.name)} tolerates ${d.freshness!.text}`).join(', ')}, which bounds the stale age`);
    if (dependency.availability && isRead(dependency))
      t.pro(10, `while ${name} is down the cache answers, so its ${dependency.availability.text} no longer bounds the service`);
    if (dependency.fallback && /cach|stale/.test(dependency.fallback)) t.pro(5, `the design already keeps one: ${dependency.fallback}`);
    t.con(5, 'a cache to size, warm and invalidate');
    return t.done();
  },
  feasibility({ design, dependency }) {
    if (!dependency) return null;
    const write = isRead(dependency)
      ? null
      : { because: `the answer: ${tick(dependency.name)} is a write, which a cache cannot absorb`, move: `queue writes to ${tick(dependency.name)} instead` };
    return first(write, freshnessOfCopy(dataFrom(design, dependency), 1, 'a cache'));
  },
});
