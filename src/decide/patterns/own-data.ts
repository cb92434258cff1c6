import { definePattern, Tally } from '../pattern.js';

export default definePattern({
  id: 'own-data',
  name: 'Own the data (become its system of record)',
  kind: 'data',
  fits: 'Nobody else owns the data, or ownership is moving to this service.',
  costs: 'The service takes on its lifecycle: schema, retention, privacy, backups.',
  failureModes: ['two systems of record for the same data drift apart'],
  mitigation: 'Migrate ownership explicitly: dual-write behind an outbox, then cut over and retire the old owner.',
  verification: 'A system review reports the datum under exactly one service’s `data.owned`.',
  score({ datum }) {
    const t = new Tally(25);
    if (!datum) return t.done();
    if (datum.owner) t.con(20, `\`${datum.name}\` is owned by ${datum.owner}; a second system of record would split its ownership`);
    else t.pro(30, `\`${datum.name}\` names no owner, so this service may become its system of record`);
    return t.done();
  },
});
