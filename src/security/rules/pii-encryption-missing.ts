import { defineDesignRule } from '../../review/rule.js';

export default defineDesignRule({
  id: 'pii-encryption-missing',
  stage: 'boundaries',
  category: 'security',
  severity: 'warn',
  description: 'Stores holding PII are encrypted at rest and have a retention period.',
  rationale:
    'PII outlives its purpose in backups, snapshots and replicas. Encryption at rest limits what a lost disk or a leaked snapshot exposes; a retention period limits how much there is to expose at all.',
  fix: 'Set `encryptedAtRest: true` and a `retention:` on every owned datum with `pii`.',
  verify: 'An infrastructure test checks the store’s encryption setting and a scheduled job deletes records past retention.',
  references: ['OWASP ASVS 4.0, V6.1 Data Classification and V8.3 Sensitive Private Data', 'GDPR Art. 5(1)(e) storage limitation, Art. 32 security of processing'],
  examples: {
    bad: 'archway: 1\nservice: { name: orders }\ndata:\n  owned: [{ name: order, store: postgres, pii: [email] }]\n',
    good: 'archway: 1\nservice: { name: orders }\ndata:\n  owned: [{ name: order, store: postgres, pii: [email], encryptedAtRest: true, retention: 7y }]\n',
  },
  check({ design, report }) {
    for (const datum of design.data.owned) {
      if (datum.pii.length === 0) continue;
      const missing = [!datum.encryptedAtRest && 'encryption at rest', !datum.retention && 'a retention period'].filter(Boolean);
      if (missing.length === 0) continue;
      report({ pointer: datum.pointer, message: `"${datum.name}" holds PII (${datum.pii.join(', ')}) without ${missing.join(' or ')}`, data: { datum: datum.name, missing } });
    }
  },
});
