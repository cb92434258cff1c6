import { defineDesignRule } from '../../core/design-rule.js';

export default defineDesignRule({
  id: 'data-store-missing',
  stage: 'boundaries',
  category: 'boundaries',
  severity: 'warn',
  description: 'Every owned datum names the store that holds it.',
  rationale:
    'Owning data means being its system of record. Where the records live decides consistency, backup, retention and encryption; a datum without a store is owned by nobody in practice.',
  fix: 'Add `store:` to the owned datum (postgres, dynamodb, s3…).',
  verify: 'The store is in the service’s infrastructure definition, with backups and retention configured.',
  references: ['Sam Newman, "Building Microservices" 2nd ed., ch. 2 "Information Hiding" and ch. 3 "Data Ownership"'],
  examples: {
    bad: 'archway: 1\nservice: { name: orders }\ndata:\n  owned: [{ name: order }]\n',
    good: 'archway: 1\nservice: { name: orders }\ndata:\n  owned: [{ name: order, store: postgres }]\n',
  },
  check({ design, report }) {
    for (const datum of design.data.owned) {
      if (datum.store) continue;
      report({ pointer: datum.pointer, message: `owned data "${datum.name}" names no store, so nobody can say where its system of record lives` });
    }
  },
});
