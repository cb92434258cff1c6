import { definePattern, Tally } from '../pattern.js';

export default definePattern({
  id: 'blue-green',
  name: 'Blue/green deployment',
  decisionKind: 'rollout',
  whenItFits: 'Low traffic, or changes that need an instant and complete switch back.',
  costs: 'Twice the capacity during the switch; every user meets the new version at once.',
  failureModes: ['a bad release reaches every user at once', 'irreversible migrations make the switch back impossible'],
  mitigation: 'Smoke tests on the idle colour before the switch; only reversible (expand) migrations before it.',
  verification: 'Switch back in staging after a failed smoke test, with no data loss.',
  score({ design, facts }) {
    const t = new Tally(45);
    const migrations = design.rollout?.migrations ?? [];
    const unsafe = migrations.filter((m) => m.phase === 'contract' || m.reversible === false);
    if (unsafe.length)
      t.con(15, `the migration ${unsafe.map((m) => `\`${m.name}\``).join(', ')} is contract-phase or irreversible, so switching back is unsafe`);
    else if (migrations.length)
      t.pro(10, `the migrations (${migrations.map((m) => `\`${m.name}\``).join(', ')}) are expand-only, so switching back is one routing change`);
    else t.pro(10, 'no migrations are declared, so switching back is one routing change');
    if (facts.peakRps !== undefined && facts.peakRps < 10) t.pro(10, `at ${facts.peakRps} rps a canary would see too little traffic`);
    if (facts.availabilityTarget !== undefined)
      t.con(5, `every user meets the new version at once, against a ${design.nfr.availability!.text} availability target`);
    return t.done();
  },
});
