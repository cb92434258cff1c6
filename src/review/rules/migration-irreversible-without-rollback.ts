import { defineDesignRule } from '../../core/design-rule.js';

export default defineDesignRule({
  id: 'migration-irreversible-without-rollback',
  stage: 'rollout',
  category: 'rollout',
  severity: 'warn',
  description: 'A contract-phase or irreversible migration ships with an automatic rollback path that does not need it undone.',
  rationale:
    'A contract migration (dropping a column, removing a field) cannot be undone by redeploying the previous version: the old code expects what the migration removed. Without an automatic rollback that keeps the data compatible, a failed release is repaired by hand during the incident.',
  fix: 'Split the change: ship the code that no longer needs the old shape first, let it bake, then run the contract migration on its own with `rollback: { automatic: true }` and steps that do not need the migration undone (or a restore path).',
  verify:
    'The release is rehearsed in staging: the contract migration runs, the rollback trigger fires, and the previous version serves from the migrated data.',
  references: ['Sadalage & Fowler, "Refactoring Databases": expand and contract', 'Google SRE workbook, ch. 16 "Canarying Releases"'],
  examples: {
    bad: 'archway: 1\nservice: { name: orders }\nrollout:\n  strategy: canary\n  steps: [5%, 100%]\n  migrations: [{ name: drop-legacy-status, phase: contract, reversible: false }]\n  rollback: { automatic: false }\n',
    good: 'archway: 1\nservice: { name: orders }\nrollout:\n  strategy: canary\n  steps: [5%, 100%]\n  migrations: [{ name: drop-legacy-status, phase: contract, reversible: false }]\n  rollback: { automatic: true, trigger: fast burn at any step, steps: ["route traffic to the previous version, which no longer reads legacy_status"] }\n',
  },
  check({ design, report }) {
    const rollout = design.rollout;
    if (!rollout || rollout.rollback?.automatic) return;
    for (const migration of rollout.migrations) {
      if (migration.phase !== 'contract' && migration.reversible !== false) continue;
      const why = migration.phase === 'contract' ? 'a contract-phase migration' : 'an irreversible migration';
      report({
        pointer: migration.pointer,
        message: `"${migration.name}" is ${why}, and the rollout has ${rollout.rollback ? 'no automatic rollback' : 'no rollback at all'}: a failed release cannot return to the previous version without undoing it by hand`,
        data: {
          migration: migration.name,
          phase: migration.phase ?? null,
          reversible: migration.reversible ?? null,
          rollback: rollout.rollback ? 'manual' : 'none',
        },
      });
    }
  },
});
