import { definePattern, Tally } from '../pattern.js';
import { writes } from '../writes.js';

export default definePattern({
  id: 'local-transaction',
  name: 'A single local transaction',
  kind: 'consistency',
  fits: 'All the data the transaction writes lives in one service’s store.',
  costs: 'The data must move into one service (and one team) to be written atomically.',
  failureModes: ['the merged service grows into a monolith nobody can change safely'],
  mitigation: 'Keep the merged module’s boundary explicit in code and in `archway.yaml`.',
  verification: 'A test aborts the transaction midway and finds no partial write.',
  score({ design }) {
    const t = new Tally(30);
    const remote = writes(design);
    if (remote.length === 0) return t.pro(40, 'every write goes to the service’s own store').done();
    t.con(20, `the writes span ${remote.map((d) => `\`${d.name}\``).join(', ')}; one transaction would need them merged into this service`);
    return t.done();
  },
});
