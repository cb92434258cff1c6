import { brokerCost, brokerMisfits, isRead, otherTeam, streamsConsumedBy, tick } from '../facts.js';
import { answerNeeded } from '../feasibility.js';
import { definePattern, Tally } from '../pattern.js';

export default definePattern({
  id: 'event-stream-outbox',
  name: 'Event stream with a transactional outbox',
  decisionKind: 'integration',
  whenItFits: 'Several consumers react to a state change the service owns; they tolerate eventual consistency.',
  costs: 'A broker and an outbox relay (or CDC) to operate; consumers must deduplicate and handle reordering.',
  failureModes: ['consumers drift when events are lost or duplicated', 'schema changes break consumers silently'],
  mitigation: 'Outbox in the same transaction as the state change, a dedup id per event, versioned schemas checked by `archway diff`.',
  verification: 'Kill the service between commit and publish (the event still arrives once); replay a duplicate (one effect).',
  score(input) {
    const { design, dependency, facts } = input;
    const t = new Tally(45);
    if (!dependency) return t.done();
    const name = tick(dependency.name);
    for (const stream of streamsConsumedBy(design, dependency.name)) {
      t.pro(20, `${name} already consumes ${tick(stream.name)}, which ${stream.consumers.length} consumers read (${stream.consumers.join(', ')})`);
    }
    const published = design.events.find((e) => e.name === dependency.name);
    if (dependency.kind === 'topic' && dependency.direction !== 'inbound') {
      t.pro(
        15,
        `${name} is a topic the service publishes${published?.consumers.length ? ` to ${published.consumers.length} consumers (${published.consumers.join(', ')})` : ''}`,
      );
    }
    // The outbox lives beside the data whose changes matter most: strongly consistent data first.
    const stores = design.data.owned.filter((d) => d.store);
    const store = stores.find((d) => design.nfr.consistency[d.name] === 'strong') ?? stores[0];
    if (store) t.pro(10, `the service owns ${tick(store.name)} in ${store.store}, so an outbox row commits with the change`);
    if (dependency.critical) t.con(25, `${name} is critical: an event gives the caller no answer to return`);
    else if (!isRead(dependency)) t.pro(10, `${name} is not critical, so the request need not wait for it`);
    if (dependency.ordering) t.pro(10, `messages to ${name} must stay ordered by \`${dependency.ordering}\`, which a stream partitioned on that key keeps`);
    if (dependency.delivery === 'exactly-once')
      t.pro(5, `delivery to ${name} is exactly-once in effect: the outbox commits the event with the change and consumers deduplicate`);
    brokerCost(t, facts);
    const team = otherTeam(input, dependency.name);
    if (team) t.pro(5, `${name} is run by ${tick(team)}; a stream lets it consume at its own pace and release on its own`);
    for (const [penalty, misfit] of brokerMisfits(design, dependency)) t.con(penalty, misfit);
    return t.done();
  },
  feasibility({ design, dependency }) {
    return dependency ? answerNeeded(design, dependency) : null;
  },
});
