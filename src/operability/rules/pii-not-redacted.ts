import { defineDesignRule } from '../../core/design-rule.js';

export default defineDesignRule({
  id: 'pii-not-redacted',
  stage: 'failure-modes',
  category: 'operability',
  severity: 'error',
  description: 'Every PII field of owned data is redacted from logs.',
  rationale:
    'Logs are copied to many systems, kept for long and read by many people. PII that reaches them escapes the retention, deletion and access rules of the store it came from, and a privacy regime’s erasure request can no longer be honoured.',
  fix: 'Add every field listed under `data.owned[].pii` to `telemetry.logs.redact`.',
  verify: 'A log-scanning test sends requests carrying each PII field and finds none of the values in the logs.',
  references: ['OWASP Logging Cheat Sheet, "Data to exclude"', 'GDPR Art. 5(1)(c) data minimisation'],
  examples: {
    bad: 'archway: 1\nservice: { name: orders }\ndata:\n  owned: [{ name: order, store: postgres, pii: [email, address] }]\ntelemetry: { logs: { format: json, redact: [email] } }\n',
    good: 'archway: 1\nservice: { name: orders }\ndata:\n  owned: [{ name: order, store: postgres, pii: [email, address] }]\ntelemetry: { logs: { format: json, redact: [email, address] } }\n',
  },
  check({ design, report }) {
    const redacted = new Set((design.telemetry?.logs?.redact ?? []).map((f) => f.toLowerCase()));
    for (const datum of design.data.owned) {
      const leaked = datum.pii.filter((field) => !redacted.has(field.toLowerCase()));
      if (leaked.length === 0) continue;
      report({
        pointer: `${datum.pointer}/pii`,
        message: `PII of "${datum.name}" is not redacted from logs: ${leaked.join(', ')}`,
        data: { datum: datum.name, fields: leaked },
      });
    }
  },
});
