import pc from 'picocolors';
import { countBySeverity, type Finding, type Severity } from '../../core/diagnostic.js';
import type { Formatter } from './types.js';

/** Human output grouped by file, with a code frame under each finding when sources are available. */
export const formatStylish: Formatter = (findings, { readSource, color = false }) => {
  const c = pc.createColors(color);
  const paint: Record<Severity, (s: string) => string> = { error: c.red, warn: c.yellow, info: c.blue, hint: c.dim };
  if (findings.length === 0) return `${c.green('✔')} no findings\n`;
  const out: string[] = [];
  let file: string | undefined;
  for (const f of findings) {
    if (f.location.file !== file) {
      file = f.location.file;
      out.push('', c.underline(file));
    }
    const where = `${f.location.line}:${f.location.column}`.padEnd(8);
    out.push(`  ${c.dim(where)} ${paint[f.severity](f.severity.padEnd(5))}  ${f.message}  ${c.dim(f.ruleId)}`);
    const frame = readSource && codeFrame(readSource(f.location.file), f);
    if (frame) out.push(...frame.map((l) => c.dim(l)));
    if (f.evidence) out.push(`           ${c.dim('sent:')} ${f.evidence.request} → ${f.evidence.status ?? 'no answer'}`);
    if (f.fix) out.push(`           ${c.dim('fix:')} ${f.fix}`);
  }
  const counts = countBySeverity(findings);
  out.push('', summaryLine(counts, c.bold), '');
  return out.join('\n');
};

export function summaryLine(counts: Record<Severity, number>, bold: (s: string) => string = (s) => s): string {
  const total = counts.error + counts.warn + counts.info + counts.hint;
  return bold(`${total} findings: ${counts.error} error, ${counts.warn} warn, ${counts.info} info, ${counts.hint} hint`);
}

function codeFrame(text: string | undefined, finding: Finding): string[] | undefined {
  if (text === undefined) return undefined;
  const lines = text.split('\n');
  const line = lines[finding.location.line - 1];
  if (line === undefined || line.length > 200) return undefined;
  const gutter = String(finding.location.line).padStart(6);
  return [`    ${gutter} | ${line}`, `    ${' '.repeat(6)} | ${' '.repeat(finding.location.column - 1)}^`];
}
