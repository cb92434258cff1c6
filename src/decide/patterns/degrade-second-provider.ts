import { formatPercent, round } from '../../model/units.js';
import { tick } from '../facts.js';
import { definePattern, Tally } from '../pattern.js';

export default definePattern({
  id: 'degrade-second-provider',
  name: 'A second provider (failover)',
  decisionKind: 'degradation',
  whenItFits: 'The dependency is a replaceable provider (maps, e-mail, SMS, payments) and its outages cost more than a second contract.',
  costs: 'A second integration to build, pay for and keep in step; the two may answer differently.',
  failureModes: ['the failover path rots unused and fails when needed'],
  mitigation: 'Route a small share of traffic to the second provider all the time, so its path stays exercised.',
  verification: 'Disable the primary provider in staging: traffic fails over within the breaker window and answers stay within the SLO.',
  score({ dependency, facts }) {
    const t = new Tally(45);
    if (!dependency) return t.done();
    const a = dependency.availability?.percent;
    if (a !== undefined && facts.availabilityTarget !== undefined && a < facts.availabilityTarget)
      t.pro(
        15,
        `${tick(dependency.name)} promises ${formatPercent(a)}, below the ${formatPercent(facts.availabilityTarget)} target, and only redundancy lifts that while keeping live answers`,
      );
    if (a !== undefined)
      t.pro(
        15,
        `two independent providers at ${formatPercent(a)} each answer 1 − (1 − ${formatPercent(a)})² = ${formatPercent(round((1 - (1 - a / 100) ** 2) * 100, 6), 6)} of the time`,
      );
    t.con(15, `a second integration for ${tick(dependency.name)} to build, pay for and test`);
    return t.done();
  },
});
