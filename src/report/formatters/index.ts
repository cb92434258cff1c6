import type { Finding } from '../../core/diagnostic.js';
import { formatGithub } from './github.js';
import { formatJson } from './json.js';
import { formatJunit } from './junit.js';
import { formatMarkdown } from './markdown.js';
import { formatSarif } from './sarif.js';
import { formatStylish } from './stylish.js';
import type { FindingsFormat, FormatContext, Formatter } from './types.js';

export { FINDINGS_FORMATS, type FindingsFormat, type FormatContext, type Formatter } from './types.js';

const FORMATTERS: Record<FindingsFormat, Formatter> = {
  stylish: formatStylish,
  json: formatJson,
  sarif: formatSarif,
  junit: formatJunit,
  github: formatGithub,
  markdown: formatMarkdown,
};

/** Formats findings (already sorted with `sortFindings`) as one of the output formats. */
export function formatFindings(format: FindingsFormat, findings: readonly Finding[], context: FormatContext): string {
  return FORMATTERS[format](findings, context);
}
