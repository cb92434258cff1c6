import { definePattern, Tally } from '../pattern.js';

export default definePattern({
  id: 'blue-green',
  name: 'Blue/green deployment',
  kind: 'rollout',
  fits: 'Low traffic, or changes that need an instant and complete switch back.',
  costs: 'Twice the capacity during the switch; every user meets the new version at once.',
  failureModes: ['a bad release reaches every user at once', 'irreversible migrations make the switch back impossible'],
  mitigation: 'Smoke tests on the idle colour before the switch; only reversible (expand) migrations before it.',
  verification: 'Switch back in staging after a failed smoke test, with no data loss.',
  score({ design, facts }) {
    const t = new Tally(45);
    t.pro(10, 'switching back is one routing change');
    if (facts.peakRps !== undefined && facts.peakRps < 10) t.pro(10, `at ${facts.peakRps} rps a canary would see too little traffic`);
    if (design.rollout?.migrations.some((m) => m.phase === 'contract' || m.reversible === false)) t.con(15, 'a contract-phase or irreversible migration makes the switch back unsafe');
    t.con(5, 'every user meets the new version at once, and capacity doubles during the switch');
    return t.done();
  },
});
