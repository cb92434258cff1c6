import { strongData, tick, ticks, writeTeams } from '../facts.js';
import { definePattern, Tally } from '../pattern.js';

export default definePattern({
  id: 'local-transaction',
  name: 'A single local transaction',
  decisionKind: 'consistency',
  whenItFits: 'All the data the transaction writes lives, or can move, in one service’s store.',
  costs: 'The data must move into one service (and one team) to be written atomically.',
  failureModes: ['the merged service grows into a monolith nobody can change safely'],
  mitigation: 'Keep the merged module’s boundary explicit in code and in `archway.yaml`.',
  verification: 'A test aborts the transaction midway and finds no partial write.',
  score(input) {
    const { design, facts } = input;
    const t = new Tally(30);
    const service = tick(design.service.name);
    const steps = facts.writes.map((d) => d.name);
    if (steps.length < 2) t.pro(40, `${service} writes at most one other service on the request path, so its own store can hold the transaction`);
    else if (writeTeams(input).same)
      t.pro(40, `${tick(design.service.owner!)} owns ${service} and ${ticks(steps)}, so their data can move into one store and commit in one transaction`);
    else
      t.con(
        20,
        `the writes span ${ticks(steps)}, not all owned by ${design.service.owner ? tick(design.service.owner) : 'this service’s team'}; one transaction would need their data merged into ${service}`,
      );
    const strong = strongData(design);
    if (strong.length) t.pro(15, `consistency for ${ticks(strong)} is strong, which one local transaction guarantees`);
    return t.done();
  },
});
