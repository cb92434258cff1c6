import { defineDesignRule } from '../../core/design-rule.js';

export default defineDesignRule({
  id: 'tenant-scoping-missing',
  stage: 'boundaries',
  category: 'security',
  severity: 'error',
  description: 'A multi-tenant service names its tenant key and scopes every owned datum by tenant.',
  rationale:
    'In a multi-tenant service one query without `WHERE tenant_id = ?` shows one customer’s data to another. Broken object-level authorization is the most common API vulnerability; the defence starts with declaring where the tenant comes from (the token, never the request body) and which records it scopes.',
  fix: 'Set `security.tenantKey` (e.g. `tenant_id` from the token) and `tenantScoped: true` on every owned datum, enforced in the data-access layer.',
  verify: 'A cross-tenant negative test reads, updates, deletes and lists another tenant’s records by id and gets 404 or 403 on every operation.',
  references: [
    'OWASP API Security Top 10 2023, API1 "Broken Object Level Authorization"',
    'OWASP ASVS 4.0.3, V4.2.1 (protection against insecure direct object references)',
  ],
  examples: {
    bad: 'archway: 1\nservice: { name: invoices }\nnfr: { multiTenant: true }\ndata:\n  owned: [{ name: invoice, store: postgres }]\n',
    good: 'archway: 1\nservice: { name: invoices }\nnfr: { multiTenant: true }\nsecurity: { tenantKey: tenant_id }\ndata:\n  owned: [{ name: invoice, store: postgres, tenantScoped: true }]\n',
  },
  check({ design, report }) {
    if (!design.nfr.multiTenant) return;
    if (!design.security?.tenantKey) {
      report({
        pointer: '/nfr/multiTenant',
        message: 'the service is multi-tenant but security.tenantKey names no tenant key, so nothing says how records are scoped',
      });
    }
    for (const datum of design.data.owned) {
      if (datum.tenantScoped) continue;
      report({
        pointer: datum.pointer,
        message: `owned data "${datum.name}" is not tenant-scoped in a multi-tenant service`,
        fix: `Set \`tenantScoped: true\` on "${datum.name}" and filter every query on ${design.security?.tenantKey ? `\`${design.security.tenantKey}\`` : 'the tenant key'}.`,
        data: { datum: datum.name },
      });
    }
  },
});
