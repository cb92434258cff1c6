import { teamOf, tick, ticks } from '../facts.js';
import { definePattern, Tally } from '../pattern.js';

export default definePattern({
  id: 'module-in-existing-service',
  name: 'A module in an existing service',
  decisionKind: 'placement',
  whenItFits: 'The capability shares data, team and release cadence with an existing service.',
  costs: 'A shared deploy and failure domain; the module’s boundary is held only by code discipline.',
  failureModes: ['the boundary erodes and the module couples to its host’s internals'],
  mitigation: 'An explicit module interface, enforced by architecture tests, and its own section in the host’s design file.',
  verification: 'An architecture test fails when code outside the module reaches into it.',
  score({ design, system, facts, subject }) {
    const t = new Tally(45);
    if (facts.p99Ms !== undefined) t.pro(10, `an in-process call keeps the ${facts.p99Ms}ms p99 budget free of a network hop`);
    const stores = design.data.owned.filter((d) => d.store);
    if (design.data.owned.length === 0) t.pro(10, `${tick(design.service.name)} declares no owned data, so there is no store to separate`);
    else if (stores.length) t.con(10, `it owns ${ticks(stores.map((d) => d.name))}, which would share the host’s store and failure domain`);
    const team = subject ? teamOf(system, subject) : undefined;
    if (team && team === design.service.owner && subject === design.service.name)
      t.pro(15, `${tick(team)} owns ${tick(subject)} already, so one deploy and release cadence fits`);
    else if (team && team === design.service.owner)
      t.pro(15, `${tick(team)} owns both ${tick(design.service.name)} and ${tick(subject!)}, so one deploy and release cadence fits`);
    else if (team)
      t.con(
        15,
        `${tick(subject!)} is owned by ${tick(team)}, so a module would put ${design.service.owner ? tick(design.service.owner) : 'another team'}’s code in its deploys`,
      );
    return t.done();
  },
});
