import { defineDesignRule } from '../../core/design-rule.js';

const NEEDS = { rbac: 'roles', scopes: 'scopes', abac: 'attributes' } as const;

export default defineDesignRule({
  id: 'authorization-model-incomplete',
  stage: 'boundaries',
  category: 'security',
  severity: 'error',
  description: 'A declared authorization model names what it decides on (roles, scopes or attributes), and a multi-tenant service its tenant key.',
  rationale:
    'An authorization model without its roles, scopes or attributes cannot be reviewed, tested or enforced consistently; in a multi-tenant service, an access check that is not scoped by a tenant key lets one customer read another’s data.',
  fix: 'List the roles, scopes or attributes the model decides on, and name the tenant key every access is scoped by (`security.authorization.tenantKey`).',
  verify: 'Negative tests: a caller without the role or scope gets 403; a caller of another tenant gets 404 or 403.',
  references: ['OWASP ASVS v4, V4 "Access Control"', 'OWASP API Security Top 10 2023, API1 "Broken Object Level Authorization"'],
  examples: {
    bad: 'archway: 1\nservice: { name: orders }\nnfr: { multiTenant: true }\nsecurity:\n  authorization: { model: rbac }\n',
    good: 'archway: 1\nservice: { name: orders }\nnfr: { multiTenant: true }\nsecurity:\n  authorization: { model: rbac, roles: [viewer, editor], tenantKey: tenant_id }\n',
  },
  check({ design, report }) {
    const authorization = design.security?.authorization;
    if (!authorization) return;
    const needed = NEEDS[authorization.model as keyof typeof NEEDS];
    if (needed && authorization[needed].length === 0) {
      report({
        pointer: '/security/authorization/model',
        message: `the authorization model is ${authorization.model} but names no ${needed}`,
        data: { model: authorization.model, missing: needed },
      });
    }
    if (design.nfr.multiTenant && !authorization.tenantKey && !design.security?.tenantKey) {
      report({
        pointer: '/security/authorization',
        target: 'key',
        message: 'the service is multi-tenant but its authorization names no tenant key to scope every access by',
        related: [{ design, pointer: '/nfr/multiTenant' }],
        data: { model: authorization.model, missing: 'tenantKey' },
      });
    }
  },
});
