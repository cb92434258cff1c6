import { teamOf, tick } from '../facts.js';
import { definePattern, Tally } from '../pattern.js';

export default definePattern({
  id: 'new-service',
  name: 'A new service',
  decisionKind: 'placement',
  whenItFits: 'The capability owns its data, scales or changes on its own schedule, or belongs to another team.',
  costs: 'A deployable to run and monitor, network calls with their failure modes, and contracts to version.',
  failureModes: ['a distributed monolith: services that must deploy together', 'new network failure modes on every call'],
  mitigation: 'Contracts versioned and checked by `archway diff`, asynchronous hand-offs where possible, timeouts and breakers.',
  verification: 'The service deploys alone through its canary without any other service changing.',
  score({ design, system, facts, subject }) {
    const t = new Tally(45);
    const stores = design.data.owned.filter((d) => d.store);
    if (stores.length) t.pro(15, `it owns ${stores.map((d) => `${tick(d.name)} (${d.store})`).join(', ')} as the system of record`);
    if (facts.peakRps !== undefined && facts.peakRps >= 1000) t.pro(5, `at ${facts.peakRps} rps peak it scales on its own`);
    const team = subject ? teamOf(system, subject) : undefined;
    if (team && team !== design.service.owner) t.pro(15, `${tick(subject!)} is owned by ${tick(team)}, so a separate service keeps each team’s deploys apart`);
    t.con(
      10,
      `${tick(design.service.name)} becomes one more deployable with its own pipeline and on-call, and calls cross the network where a function call would do`,
    );
    return t.done();
  },
});
