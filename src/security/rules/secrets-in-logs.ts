import { defineDesignRule } from '../../core/design-rule.js';
import { carriedCredentials, redacts } from '../credentials.js';

export default defineDesignRule({
  id: 'secrets-in-logs',
  stage: 'boundaries',
  category: 'security',
  severity: 'error',
  description: 'Every credential the design’s traffic carries (Authorization, cookies, API keys, passwords, issued tokens) is redacted from logs.',
  rationale:
    'Request logging that includes headers and bodies writes bearer tokens, session cookies, API keys and passwords to every log store, its backups and whoever can search them: each one can be replayed. The design says how callers authenticate and which use cases take passwords or hand out tokens, so it also says which fields the log pipeline must drop. Declared PII in logs is a separate check, `pii-not-redacted`.',
  fix: 'Add every credential field to `telemetry.logs.redact`: `authorization` for bearer or basic credentials, `cookie` for sessions, the API-key header, `password` where a use case takes one, `token` where one is issued.',
  verify: 'A log-scanning test sends an authenticated request (and a login, where there is one) and finds no token, cookie, key or password value in the logs.',
  references: [
    'OWASP ASVS 4.0.3, V7.1.1 (no credentials in logs; session tokens only hashed)',
    'RFC 6749 §10.3 "Access Tokens" (kept confidential in transit and storage)',
    'OWASP Logging Cheat Sheet, "Data to exclude"',
  ],
  examples: {
    bad: 'archway: 1\nservice: { name: orders }\nsecurity: { authentication: OAuth 2.0 bearer tokens }\ntelemetry: { logs: { format: json, redact: [email] } }\n',
    good: 'archway: 1\nservice: { name: orders }\nsecurity: { authentication: OAuth 2.0 bearer tokens }\ntelemetry: { logs: { format: json, redact: [authorization, email] } }\n',
  },
  check({ design, report }) {
    const entries = design.telemetry?.logs?.redact ?? [];
    const missing = carriedCredentials(design).filter((credential) => !entries.some((entry) => redacts(entry, credential)));
    if (missing.length === 0) return;
    const fields = missing.map((credential) => credential.field);
    report({
      pointer: design.telemetry?.logs ? '/telemetry/logs/redact' : design.telemetry ? '/telemetry' : missing[0].pointer,
      message: `logs do not redact ${missing.map((credential) => `${credential.field} (from ${credential.from})`).join(', ')}`,
      fix: `Add ${fields.map((field) => `\`${field}\``).join(', ')} to \`telemetry.logs.redact\`.`,
      data: { missing: fields },
    });
  },
});
