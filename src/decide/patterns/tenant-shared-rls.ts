import { tick } from '../facts.js';
import { definePattern, Tally } from '../pattern.js';

export default definePattern({
  id: 'tenant-shared-rls',
  name: 'Shared tables with row-level security',
  decisionKind: 'tenancy',
  whenItFits: 'Many small tenants with the same schema and no per-tenant residency or contract terms.',
  costs: 'One missing tenant filter leaks data across tenants; a noisy tenant slows the others.',
  failureModes: ['a query without the tenant predicate reads another tenant’s rows'],
  mitigation: 'Row-level security policies keyed on the tenant id set per connection, and per-tenant rate limits.',
  verification: 'A cross-tenant test reads and writes as tenant A with tenant B’s ids and gets nothing back.',
  score({ design }) {
    const t = new Tally(55);
    const key = design.security?.tenantKey;
    if (key) t.pro(10, `the design scopes every access by ${tick(key)}, which a row-level policy enforces in the database`);
    else t.con(10, 'no `security.tenantKey` is declared for a policy to key on');
    t.pro(10, 'one schema and one migration path for every tenant');
    if (design.nfr.privacy?.regimes.some((r) => /hipaa|pci/i.test(r)))
      t.con(15, `regimes ${design.nfr.privacy!.regimes.join(', ')} favour physical separation of tenants’ data`);
    t.con(5, 'a noisy tenant shares the database with every other');
    return t.done();
  },
});
