import { defineDesignRule } from '../../review/rule.js';

/** Use cases attackers automate: credential stuffing, token farming, account takeover, scraping. */
const SENSITIVE: Array<{ kind: string; pattern: RegExp }> = [
  { kind: 'login', pattern: /\b(log ?in|sign ?in|authenticat)/i },
  { kind: 'token', pattern: /\btoken/i },
  { kind: 'recovery', pattern: /\b(password|recover|reset|forgot)/i },
  { kind: 'search', pattern: /\b(search|export|report)/i },
];

export default defineDesignRule({
  id: 'rate-limit-missing',
  stage: 'boundaries',
  category: 'security',
  severity: 'warn',
  description: 'Login, token, recovery and expensive search or export use cases are rate limited.',
  rationale:
    'These are the operations attackers automate: credential stuffing against login, token farming, account takeover through recovery, scraping and denial of service through expensive searches. Without a limit each costs the attacker nothing.',
  fix: 'Add the operation to `security.rateLimits` (per account and per client IP), with a 429 and Retry-After in the contract.',
  verify: 'A negative test exceeds the limit and gets 429 with Retry-After; the limit holds across instances.',
  references: ['OWASP API Security Top 10 2023, API4 "Unrestricted Resource Consumption"', 'OWASP ASVS 4.0, V2.2.1 anti-automation'],
  examples: {
    bad: 'archway: 1\nservice: { name: accounts }\ndomain: { useCases: ["sign in", "reset a password"] }\nsecurity: { rateLimits: [sign-in] }\n',
    good: 'archway: 1\nservice: { name: accounts }\ndomain: { useCases: ["sign in", "reset a password"] }\nsecurity: { rateLimits: [sign-in, password-reset] }\n',
  },
  check({ design, report }) {
    const limits = design.security?.rateLimits ?? [];
    design.domain.useCases.forEach((useCase, index) => {
      const sensitive = SENSITIVE.find((s) => s.pattern.test(useCase));
      if (!sensitive || limits.some((limit) => sensitive.pattern.test(limit.replace(/-/g, ' ')))) return;
      report({
        pointer: `/domain/useCases/${index}`,
        message: `use case "${useCase}" is a ${sensitive.kind} operation attackers automate, but no rate limit covers it`,
        data: { useCase, kind: sensitive.kind },
      });
    });
  },
});
