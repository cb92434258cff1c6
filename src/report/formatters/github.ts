import type { Severity } from '../../core/diagnostic.js';
import type { Formatter } from './types.js';

const COMMAND: Record<Severity, string> = { error: 'error', warn: 'warning', info: 'notice', hint: 'notice' };

/** GitHub Actions workflow commands: each finding becomes an annotation on the pull request. */
export const formatGithub: Formatter = (findings) =>
  findings
    .map((f) => {
      const { file, line, column } = f.location;
      const message = escapeData(f.fix ? `${f.message} Fix: ${f.fix}` : f.message);
      return `::${COMMAND[f.severity]} file=${escapeProperty(file)},line=${line},col=${column},title=${escapeProperty(f.ruleId)}::${message}\n`;
    })
    .join('');

function escapeData(text: string): string {
  return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}
