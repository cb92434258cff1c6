import { defineDesignRule } from '../../core/design-rule.js';

export default defineDesignRule({
  id: 'authentication-undeclared',
  stage: 'boundaries',
  category: 'security',
  severity: 'error',
  description: 'A service with a public or partner API declares how callers authenticate.',
  rationale:
    'Every access path must be authenticated or deliberately public. A surface exposed beyond the organisation whose design does not say how callers prove who they are leaves the decision to each endpoint, and the one that forgets is the breach.',
  fix: 'Set `security.authentication` (e.g. "OAuth 2.0 bearer tokens from the identity service", or "none: public read-only catalogue" when that is the decision) and secure every operation in the contract.',
  verify: 'A negative test calls every operation without credentials and gets 401 (except those declared public).',
  references: [
    'OWASP API Security Top 10 2023, API2 "Broken Authentication"',
    'OWASP ASVS 4.0.3, V1.2.4 (consistent authentication on every pathway) and V2 Authentication',
    'RFC 6749 §7 "Accessing Protected Resources" and RFC 9700 §2 "Best Practices"',
  ],
  examples: {
    bad: 'archway: 1\nservice: { name: orders }\napi:\n  - { name: public, visibility: public, stability: stable }\n',
    good: 'archway: 1\nservice: { name: orders }\napi:\n  - { name: public, visibility: public, stability: stable }\nsecurity: { authentication: OAuth 2.0 bearer tokens }\n',
  },
  check({ design, report }) {
    if (design.security?.authentication?.trim()) return;
    for (const api of design.api) {
      if (api.visibility !== 'public' && api.visibility !== 'partner') continue;
      report({
        pointer: api.pointer,
        message: `${api.visibility} API "${api.name}" is exposed but security.authentication says nothing about how callers authenticate`,
        data: { api: api.name },
      });
    }
  },
});
