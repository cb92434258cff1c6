import { tick } from '../facts.js';
import { definePattern, Tally } from '../pattern.js';

export default definePattern({
  id: 'degrade-degraded-answer',
  name: 'A degraded answer (the part that depends on it is left out)',
  decisionKind: 'degradation',
  whenItFits: 'The dependency enriches an answer that is still useful without it.',
  costs: 'Clients must handle an answer with a part missing.',
  failureModes: ['clients break on the missing part'],
  mitigation: 'Declare the part optional in the contract and flag degraded answers.',
  verification: 'A contract test calls the service with the dependency down and a client accepts the answer without the part.',
  score({ dependency }) {
    const t = new Tally(45);
    if (!dependency) return t.done();
    const name = tick(dependency.name);
    if (!dependency.critical) t.pro(15, `${name} is not critical, so the answer is still useful without its part`);
    else t.con(15, `${name} is declared critical, so an answer without it may not serve the use case`);
    t.pro(5, 'needs no other component');
    return t.done();
  },
});
