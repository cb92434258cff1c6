import type { Finding, Severity } from '../../core/diagnostic.js';
import type { RuleMeta } from '../../core/rule.js';

export const FINDINGS_FORMATS = ['stylish', 'json', 'sarif', 'junit', 'github', 'markdown'] as const;
export type FindingsFormat = (typeof FINDINGS_FORMATS)[number];

export interface FormatContext {
  /** Metadata of every rule that may appear, for SARIF rule descriptors and help text. */
  rules: readonly RuleMeta[];
  /** Reads a reported file's text for code frames; absent means no frames. */
  readSource?: (file: string) => string | undefined;
  color?: boolean;
  /** The working directory finding files are relative to; SARIF makes them relative to its repository root. */
  cwd?: string;
  /** The --fail-on threshold: JUnit reports findings at or above it as failures (default error). */
  failOn?: Severity | 'never';
}

/** A pure function from sorted findings to the text of one output format. */
export type Formatter = (findings: readonly Finding[], context: FormatContext) => string;
