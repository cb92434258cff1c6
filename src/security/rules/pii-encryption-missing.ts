import { defineDesignRule } from '../../core/design-rule.js';

export default defineDesignRule({
  id: 'pii-encryption-missing',
  stage: 'boundaries',
  category: 'security',
  severity: 'warn',
  description: 'Stores holding PII are encrypted at rest and have a retention period.',
  rationale:
    'PII outlives its purpose in backups, snapshots and replicas. Encryption at rest limits what a lost disk or a leaked snapshot exposes; a retention period limits how much there is to expose at all, and is what storage limitation under privacy law asks for.',
  fix: 'Set `encryptedAtRest: true` and a `retention:` on every owned datum with `pii`.',
  verify:
    'An infrastructure test checks the store’s encryption setting, and a scheduled job that deletes records past retention is tested with a record one day over it.',
  references: [
    'OWASP ASVS 4.0.3, V6.1.1 (regulated private data encrypted at rest) and V8.3.8 (retention classification, old data deleted)',
    'GDPR Art. 5(1)(e) "storage limitation" and Art. 32(1)(a) "encryption of personal data"',
  ],
  examples: {
    bad: 'archway: 1\nservice: { name: orders }\ndata:\n  owned: [{ name: order, store: postgres, pii: [email] }]\n',
    good: 'archway: 1\nservice: { name: orders }\ndata:\n  owned: [{ name: order, store: postgres, pii: [email], encryptedAtRest: true, retention: 7y }]\n',
  },
  check({ design, report }) {
    for (const datum of design.data.owned) {
      if (datum.pii.length === 0) continue;
      const missing = [!datum.encryptedAtRest && 'encryption at rest', !datum.retention && 'a retention period'].filter((m): m is string => Boolean(m));
      if (missing.length === 0) continue;
      report({
        pointer: datum.pointer,
        message: `"${datum.name}" holds PII (${datum.pii.join(', ')}) in ${datum.store ?? 'its store'} without ${missing.join(' or ')}`,
        data: { datum: datum.name, missing },
      });
    }
  },
});
