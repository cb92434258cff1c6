import { definePattern, Tally } from '../pattern.js';

export default definePattern({
  id: 'module-in-existing-service',
  name: 'A module in an existing service',
  kind: 'placement',
  fits: 'The capability shares data, team and release cadence with an existing service.',
  costs: 'A shared deploy and failure domain; the module’s boundary is held only by code discipline.',
  failureModes: ['the boundary erodes and the module couples to its host’s internals'],
  mitigation: 'An explicit module interface, enforced by architecture tests, and its own section in the host’s design file.',
  verification: 'An architecture test fails when code outside the module reaches into it.',
  score({ design, facts }) {
    const t = new Tally(45);
    if (facts.p99Ms !== undefined) t.pro(10, `an in-process call keeps the ${facts.p99Ms}ms p99 budget free of a network hop`);
    if (design.data.owned.length === 0) t.pro(10, 'it owns no data of its own, so there is no store to separate');
    if (design.data.owned.some((d) => d.store)) t.con(10, `it owns ${design.data.owned.map((d) => `\`${d.name}\``).join(', ')}, which would share the host’s failure domain`);
    return t.done();
  },
});
