import { blocks, bullets, table } from '../../report/markdown.js';
import { rulesOfStage } from '../design-rules.js';
import type { Stage } from '../stage.js';

/** Stage 5: release steps, flags, migrations, rollback. */
export const rolloutStage: Stage = {
  id: 'rollout',
  title: 'Rollout',
  rules: rulesOfStage('rollout'),
  sections({ design }) {
    const rollout = design.rollout;
    if (!rollout) return [];
    const body = blocks(
      bullets(
        [
          rollout.strategy &&
            `Strategy: **${rollout.strategy}**${rollout.steps.length ? ` in steps ${rollout.steps.map((s) => s.text).join(' → ')}` : ''}${rollout.bake ? `, each held for ${rollout.bake.text}` : ''}.`,
          rollout.flags.length > 0 && `Feature flags: ${rollout.flags.map((f) => `\`${f}\``).join(', ')}.`,
          rollout.rollback &&
            `Rollback: ${rollout.rollback.automatic ? 'automatic' : 'manual'}${rollout.rollback.trigger ? ` when ${rollout.rollback.trigger}` : ''}.`,
        ].filter((x): x is string => typeof x === 'string'),
      ),
      rollout.migrations.length > 0 &&
        `**Migrations** (expand → migrate → contract)\n\n${table(
          ['migration', 'phase', 'reversible'],
          rollout.migrations.map((m) => [m.name, m.phase, m.reversible === undefined ? undefined : m.reversible ? 'yes' : 'no']),
        )}`,
      rollout.rollback && rollout.rollback.steps.length > 0 && `**Rollback steps**\n\n${rollout.rollback.steps.map((s, i) => `${i + 1}. ${s}`).join('\n')}`,
    );
    return body ? [{ id: 'rollout', title: 'Rollout', body }] : [];
  },
};
