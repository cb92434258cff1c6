import { definePattern, Tally } from '../pattern.js';

export default definePattern({
  id: 'tenant-schema-per-tenant',
  name: 'A schema per tenant',
  decisionKind: 'tenancy',
  whenItFits: 'Tens to hundreds of tenants that need logical separation and per-tenant restore, on shared hardware.',
  costs: 'Every migration runs once per tenant; connection pools per schema.',
  failureModes: ['a migration fails halfway through the tenants and leaves schemas out of step'],
  mitigation: 'Migrations run per tenant with a recorded version, resumable, and checked before a release proceeds.',
  verification: 'A migration rehearsal over a copy of every tenant schema ends with all at the same version.',
  score({ design }) {
    const t = new Tally(45);
    t.pro(10, 'a tenant is restored or exported on its own');
    if (design.nfr.privacy?.regimes.length && !design.nfr.privacy.regimes.some((r) => /hipaa|pci/i.test(r)))
      t.pro(10, `under ${design.nfr.privacy.regimes.join(', ')} a tenant’s data is erased or exported on its own, by dropping or dumping its schema`);
    if (design.nfr.throughput?.peakRps !== undefined && design.nfr.throughput.peakRps >= 1000)
      t.con(5, `at ${design.nfr.throughput.peakRps} rps peak per-schema connection pools multiply`);
    t.con(10, 'every migration runs once per tenant');
    return t.done();
  },
});
