import { countBySeverity } from '../../core/diagnostic.js';
import type { Formatter } from './types.js';

/** A Markdown table, for pull-request comments and job summaries. */
export const formatMarkdown: Formatter = (findings) => {
  if (findings.length === 0) return 'No findings.\n';
  const counts = countBySeverity(findings);
  const lines = [
    `**${findings.length} findings**: ${counts.error} error, ${counts.warn} warn, ${counts.info} info, ${counts.hint} hint`,
    '',
    '| severity | rule | where | message | fix |',
    '| --- | --- | --- | --- | --- |',
  ];
  for (const f of findings) {
    const where = `\`${f.location.file}:${f.location.line}:${f.location.column}\``;
    lines.push(`| ${f.severity} | \`${f.ruleId}\` | ${where} | ${cell(f.message)} | ${cell(f.fix ?? '')} |`);
  }
  return `${lines.join('\n')}\n`;
};

export function cell(text: string): string {
  return text.replace(/\|/g, '\\|').replace(/\n/g, ' ');
}
