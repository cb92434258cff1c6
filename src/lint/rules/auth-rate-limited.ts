import { coversStatus } from '../coverage.js';
import { operationName } from '../helpers.js';
import { defineLintRule } from '../rule.js';

const SENSITIVE = /\/(login|signin|sign-in|token|oauth\/token|auth|sessions?|password|password-reset|reset-password|recover|forgot|otp|verify|search)(\/|$)/i;

export default defineLintRule({
  id: 'auth-rate-limited',
  category: 'security',
  severity: 'warn',
  presets: ['recommended', 'strict'],
  description:
    'Login, token, recovery and search operations declare 429 Too Many Requests; a `default` response covers it when the operation lists no generic error (401, 403, 429, 500, 503) one by one.',
  rationale:
    'These are the operations attackers automate (credential stuffing, token farming, account takeover, scraping). A declared 429 shows a limit exists and tells clients how it looks.',
  fix: 'Rate-limit the operation (per account and per client) and declare 429 with Retry-After.',
  references: ['OWASP API Security Top 10 2023, API4 and API6', 'OWASP ASVS 4.0, V2.2.1'],
  examples: {
    bad: 'openapi: 3.1.0\ninfo: { title: T, version: 1.0.0 }\npaths:\n  /login:\n    post:\n      responses: { "200": { description: OK } }\n',
    good: 'openapi: 3.1.0\ninfo: { title: T, version: 1.0.0 }\npaths:\n  /login:\n    post:\n      responses: { "200": { description: OK }, "429": { description: Too many attempts, headers: { Retry-After: { schema: { type: integer } } } } }\n',
  },
  create: ({ report }) => ({
    Operation(_node, ctx) {
      const op = ctx.operation!;
      // The sensitive word names the operation only near the end: `/auth/token`, not `/Auth/Calls/CredentialListMappings` (Twilio's SIP configuration).
      const tail = `/${op.path
        .split('/')
        .filter((s) => s && !s.startsWith('{'))
        .slice(-2)
        .join('/')}`;
      if (SENSITIVE.test(tail) && !coversStatus(op, '429'))
        report(ctx, { message: `${operationName(op)} is a login, token, recovery or search operation with no 429` });
    },
  }),
});
