import { definePattern, Tally } from '../pattern.js';

export default definePattern({
  id: 'canary',
  name: 'Canary release',
  decisionKind: 'rollout',
  whenItFits: 'Enough traffic for a small share to show errors quickly, and SLOs to judge each step by.',
  costs: 'Two versions serve at once, so both must be compatible with the data and contracts.',
  failureModes: ['a canary too small or too short to show the failure', 'incompatible versions running side by side'],
  mitigation: 'Steps gated on burn rate and p99, held long enough for the traffic to show a failure; expand/contract migrations.',
  verification: 'Rehearse in staging: inject errors at the first step and watch the gate stop and roll back.',
  score({ design, facts }) {
    const t = new Tally(50);
    if (design.slos.length)
      t.pro(15, `${design.slos.length} SLO${design.slos.length === 1 ? '' : 's'} (${design.slos.map((s) => s.name).join(', ')}) can gate each step`);
    else t.con(10, 'no SLOs are declared, so nothing objective gates each step');
    const first = design.rollout?.steps[0]?.percent ?? 1;
    if (facts.peakRps !== undefined) {
      const canaryRps = (facts.peakRps * first) / 100;
      if (canaryRps >= 1) t.pro(10, `at ${facts.peakRps} rps peak a ${first}% step sees ${canaryRps} rps: signal within minutes`);
      else t.con(20, `at ${facts.peakRps} rps peak a ${first}% step sees ${canaryRps} rps: too little traffic to judge`);
    }
    const contract = design.rollout?.migrations.filter((m) => m.phase === 'contract') ?? [];
    if (contract.length)
      t.con(5, `the contract-phase migration ${contract.map((m) => `\`${m.name}\``).join(', ')} breaks the old version still serving the other steps`);
    return t.done();
  },
});
