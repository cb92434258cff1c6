import { cell } from '../../report/formatters/markdown.js';
import { LEVELS } from '../check.js';
import type { DiffResult } from '../index.js';
import type { Change } from '../result.js';

/** A pull-request comment: the summary, the changes (breaking first), and the rollout plans. */
export function formatDiffMarkdown(result: DiffResult, files: { base: string; revision: string }): string {
  const { breaking, warn, info } = result.summary;
  const out = [`## archway diff: \`${files.base}\` → \`${files.revision}\``, '', `**${breaking} breaking**, ${warn} warn, ${info} info`, ''];
  if (result.changes.length === 0) return `${out.join('\n')}No changes.\n`;
  out.push('| level | check | operation | change | where (revision / base) |', '| --- | --- | --- | --- | --- |');
  const ordered = LEVELS.flatMap((level) => result.changes.filter((c) => c.level === level));
  for (const c of ordered) out.push(`| ${c.level} | \`${c.id}\` | ${c.operation ? `\`${c.operation}\`` : ''} | ${cell(c.message)} | ${where(c)} |`);
  if (result.rollout.length > 0) {
    out.push('', '## Rollout plan', '');
    result.rollout.forEach((plan, i) => {
      out.push(`### ${i + 1}. \`${plan.id}\`${plan.operation ? ` — \`${plan.operation}\`` : ''}`, '', `${plan.message}. Order: **${plan.order}**.`, '');
      plan.steps.forEach((step, n) => out.push(`${n + 1}. **${step.phase}** (${step.actor}): ${step.action}`));
      out.push('');
    });
  }
  return `${out.join('\n').trimEnd()}\n`;
}

function where(c: Change): string {
  const at = (l: { file: string; line: number; column: number }) => `\`${l.file}:${l.line}:${l.column}\``;
  return c.base ? `${at(c.location)} / ${at(c.base)}` : at(c.location);
}
