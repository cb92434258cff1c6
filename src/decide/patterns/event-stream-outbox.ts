import { definePattern, Tally } from '../pattern.js';
import { brokerMisfits, streamsConsumedBy } from '../facts.js';

export default definePattern({
  id: 'event-stream-outbox',
  name: 'Event stream with a transactional outbox',
  kind: 'integration',
  fits: 'Several consumers react to a state change the service owns; they tolerate eventual consistency.',
  costs: 'A broker and an outbox relay (or CDC) to operate; consumers must deduplicate and handle reordering.',
  failureModes: ['consumers drift when events are lost or duplicated', 'schema changes break consumers silently'],
  mitigation: 'Outbox in the same transaction as the state change, a dedup id per event, versioned schemas checked by `archway diff`.',
  verification: 'Kill the service between commit and publish (the event still arrives once); replay a duplicate (one effect).',
  score({ design, dependency }) {
    const t = new Tally(45);
    if (!dependency) return t.done();
    const name = `\`${dependency.name}\``;
    const streams = streamsConsumedBy(design, dependency.name);
    for (const stream of streams) {
      t.pro(20, `${name} already consumes \`${stream.name}\`, which ${stream.consumers.length - 1} other consumers read too`);
    }
    if (dependency.kind === 'topic' && dependency.direction !== 'inbound') t.pro(15, `${name} is a topic this service publishes`);
    const stores = design.data.owned.filter((d) => d.store);
    if (stores.length) t.pro(10, `the service owns \`${stores[0].name}\` in ${stores[0].store}, so an outbox row commits with the change`);
    if (dependency.critical) t.con(25, `${name} is critical: an event gives the caller no answer to return`);
    else t.pro(10, `${name} is not critical, so the request need not wait for it`);
    for (const [points, reason] of brokerMisfits(design, dependency)) t.con(points, reason);
    const strong = Object.entries(design.nfr.consistency).filter(([, level]) => level === 'strong').map(([name]) => `\`${name}\``);
    if (strong.length && dependency.critical) t.con(10, `${strong.join(', ')} must be strongly consistent, and consumers of events see changes late`);
    t.con(5, 'a broker and an outbox relay must be operated');
    return t.done();
  },
});
