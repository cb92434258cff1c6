import { defineDesignRule } from '../../review/rule.js';

/** Fields that carry credentials; one of them must be named when callers authenticate. */
const CREDENTIALS = ['authorization', 'cookie', 'set-cookie', 'password', 'token', 'api-key', 'x-api-key'];

export default defineDesignRule({
  id: 'secrets-in-logs',
  stage: 'boundaries',
  category: 'security',
  severity: 'error',
  description: 'An authenticated service redacts credentials (Authorization, cookies, tokens) from its logs.',
  rationale:
    'Request logging that includes headers writes bearer tokens and session cookies to every log store: anyone with log access can replay them. This is one of the most common credential leaks.',
  fix: 'Add `authorization` (and `cookie`, `password`, `token` where they occur) to `telemetry.logs.redact`.',
  verify: 'A log-scanning test sends an authenticated request and finds no token or cookie value in the logs.',
  references: ['OWASP Logging Cheat Sheet, "Data to exclude"', 'OWASP ASVS 4.0, V7.1.1'],
  examples: {
    bad: 'archway: 1\nservice: { name: orders }\nsecurity: { authentication: OAuth 2.0 bearer tokens }\ntelemetry: { logs: { format: json, redact: [email] } }\n',
    good: 'archway: 1\nservice: { name: orders }\nsecurity: { authentication: OAuth 2.0 bearer tokens }\ntelemetry: { logs: { format: json, redact: [authorization, email] } }\n',
  },
  check({ design, report }) {
    if (!design.security?.authentication) return;
    const redacted = (design.telemetry?.logs?.redact ?? []).map((f) => f.toLowerCase());
    if (redacted.some((f) => CREDENTIALS.includes(f))) return;
    report({
      pointer: design.telemetry?.logs ? '/telemetry/logs/redact' : design.telemetry ? '/telemetry' : '/security/authentication',
      message: 'callers authenticate, but no credential field (authorization, cookie, token) is redacted from logs',
    });
  },
});
