import { teamOf, tick } from '../facts.js';
import { definePattern, Tally } from '../pattern.js';

export default definePattern({
  id: 'own-data',
  name: 'Own the data (become its system of record)',
  decisionKind: 'data',
  whenItFits: 'Nobody else owns the data, or ownership is moving to this service.',
  costs: 'The service takes on its lifecycle: schema, retention, privacy, backups.',
  failureModes: ['two systems of record for the same data drift apart'],
  mitigation: 'Migrate ownership explicitly: dual-write behind an outbox, then cut over and retire the old owner.',
  verification: 'A system review reports the datum under exactly one service’s `data.owned`.',
  score({ design, system, datum }) {
    const t = new Tally(25);
    if (!datum) return t.done();
    const name = tick(datum.name);
    if (!datum.owner) return t.pro(30, `${name} names no owner, so this service may become its system of record`).done();
    const team = teamOf(system, datum.owner);
    if (team && team === design.service.owner) t.pro(10, `${tick(team)} owns ${tick(datum.owner)} too, so ownership of ${name} can move within the team`);
    t.con(20, `${name} is owned by ${tick(datum.owner)}; a second system of record would split its ownership`);
    return t.done();
  },
});
