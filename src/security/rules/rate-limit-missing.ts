import { defineDesignRule } from '../../core/design-rule.js';
import { isOfKind, sensitiveKindOf } from '../sensitive.js';

export default defineDesignRule({
  id: 'rate-limit-missing',
  stage: 'boundaries',
  category: 'security',
  severity: 'warn',
  description: 'Login, sign-up, password-recovery, token and expensive search or export use cases are rate limited.',
  rationale:
    'These are the operations attackers automate: credential stuffing against login, fake accounts at sign-up, account takeover through recovery, guessing and farming at the token endpoint, scraping and denial of service through expensive searches. Without a limit each attempt costs the attacker nothing, and the design is the place to decide the limit before the endpoint ships.',
  fix: 'Name a limit for the use case in `security.rateLimits` (per account and per client), and declare 429 with Retry-After on its operations in the contract.',
  verify: 'A negative test exceeds each limit and gets 429 with Retry-After; the limit holds across instances.',
  references: [
    'OWASP API Security Top 10 2023, API4 "Unrestricted Resource Consumption" and API6 "Unrestricted Access to Sensitive Business Flows"',
    'OWASP ASVS 4.0.3, V2.2.1 (anti-automation against brute force) and V11.1.4 (anti-automation against excessive calls)',
    'RFC 6749 §10.10 "Credentials-Guessing Attacks"',
  ],
  examples: {
    bad: 'archway: 1\nservice: { name: accounts }\ndomain: { useCases: ["sign in", "reset a password"] }\nsecurity: { rateLimits: [sign-in] }\n',
    good: 'archway: 1\nservice: { name: accounts }\ndomain: { useCases: ["sign in", "reset a password"] }\nsecurity: { rateLimits: [sign-in, password-reset] }\n',
  },
  check({ design, report }) {
    const limits = design.security?.rateLimits ?? [];
    design.domain.useCases.forEach((useCase, index) => {
      const kind = sensitiveKindOf(useCase);
      if (!kind || limits.some((limit) => isOfKind(limit, kind))) return;
      report({
        pointer: `/domain/useCases/${index}`,
        message: `use case "${useCase}" (${kind.label}) is one attackers automate, but no entry of security.rateLimits covers it`,
        fix: `Name a limit for this use case in \`security.rateLimits\` (e.g. \`${kind.id}\`), per account and per client, with 429 and Retry-After in the contract.`,
        data: { useCase, kind: kind.id },
      });
    });
  },
});
