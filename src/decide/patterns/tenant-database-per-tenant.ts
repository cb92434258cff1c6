import { definePattern, Tally } from '../pattern.js';

export default definePattern({
  id: 'tenant-database-per-tenant',
  name: 'A database per tenant (silo)',
  decisionKind: 'tenancy',
  whenItFits: 'Few large tenants with contractual isolation, their own residency, keys or maintenance windows.',
  costs: 'A database per tenant to provision, patch, back up and pay for.',
  failureModes: ['fleet operations (patches, migrations) drift across tenants'],
  mitigation: 'Provision tenants from one template and run fleet-wide migrations with a per-tenant status board.',
  verification: 'Provision a tenant from the template in staging; it passes the same smoke tests as every other.',
  score({ design }) {
    const t = new Tally(35);
    t.pro(10, 'the strongest isolation: no query can reach another tenant’s data');
    if (design.nfr.privacy?.regimes.some((r) => /hipaa|pci/i.test(r)))
      t.pro(25, `regimes ${design.nfr.privacy!.regimes.join(', ')} favour physical separation`);
    if (design.nfr.privacy?.residency) t.pro(5, `a tenant’s database can sit in its own region (residency ${design.nfr.privacy.residency})`);
    t.con(15, 'a database per tenant to provision, patch and pay for');
    return t.done();
  },
});
