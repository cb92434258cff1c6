import { defineDesignRule } from '../../core/design-rule.js';

export default defineDesignRule({
  id: 'privacy-deletion-missing',
  stage: 'boundaries',
  category: 'security',
  severity: 'error',
  description: 'Under a privacy regime, every owned datum with PII has a deletion path.',
  rationale:
    'GDPR, CCPA and similar regimes give people the right to have their data erased. A datum without a deletion path (erase, anonymise, or a legal reason to keep it) makes that right impossible to honour, and it is usually discovered when the first request arrives and the data sits in a store, its replicas and its backups.',
  fix: 'Set `deletion:` on the datum: how a person’s records are erased or anonymised, and what is kept for legal reasons.',
  verify: 'An erasure test deletes a test subject and finds none of their PII in the store, its replicas or the logs.',
  references: [
    'GDPR Art. 17 "Right to erasure"',
    'CCPA Cal. Civ. Code §1798.105 "Right to delete"',
    'OWASP ASVS 4.0.3, V8.3.2 (users can remove their data on demand)',
  ],
  examples: {
    bad: 'archway: 1\nservice: { name: orders }\nnfr: { privacy: { regimes: [gdpr] } }\ndata:\n  owned: [{ name: order, store: postgres, pii: [email], encryptedAtRest: true, retention: 7y }]\n',
    good: 'archway: 1\nservice: { name: orders }\nnfr: { privacy: { regimes: [gdpr] } }\ndata:\n  owned: [{ name: order, store: postgres, pii: [email], encryptedAtRest: true, retention: 7y, deletion: anonymise on request }]\n',
  },
  check({ design, report }) {
    const regimes = design.nfr.privacy?.regimes ?? [];
    if (regimes.length === 0) return;
    for (const datum of design.data.owned) {
      if (datum.pii.length === 0 || datum.deletion?.trim()) continue;
      report({
        pointer: datum.pointer,
        message: `"${datum.name}" holds PII (${datum.pii.join(', ')}) under ${regimes.join(', ')} but has no deletion path`,
        data: { datum: datum.name, regimes },
      });
    }
  },
});
