import { formatFindings, type FindingsFormat } from '../../report/formatters/index.js';
import { CHECKS } from '../checks/index.js';
import type { DiffResult } from '../index.js';
import { changeToFinding, checkMeta } from './findings.js';
import { formatDiffJson } from './json.js';
import { formatDiffMarkdown } from './markdown.js';

export { FINDINGS_FORMATS as DIFF_FORMATS } from '../../report/formatters/index.js';

export interface DiffFormatContext {
  files: { base: string; revision: string };
  readSource?: (file: string) => string | undefined;
  color?: boolean;
}

/** JSON and Markdown are diff-specific (the JSON shape, the rollout plan); the rest reuse the findings formatters. */
export function formatDiff(format: FindingsFormat, result: DiffResult, context: DiffFormatContext): string {
  if (format === 'json') return formatDiffJson(result);
  if (format === 'markdown') return formatDiffMarkdown(result, context.files);
  const byId = new Map(CHECKS.map((c) => [c.id, c]));
  const findings = result.changes.map((c) => changeToFinding(c, byId));
  const text = formatFindings(format, findings, { rules: CHECKS.map(checkMeta), readSource: context.readSource, color: context.color });
  if (format !== 'stylish') return text;
  const { breaking, warn, info } = result.summary;
  return `${text}archway diff: ${breaking} breaking, ${warn} warn, ${info} info\n`;
}
