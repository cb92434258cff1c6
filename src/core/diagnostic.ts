/** The one finding shape every engine reports; positions are 1-based. */
export type Severity = 'error' | 'warn' | 'info' | 'hint';

export const SEVERITIES: readonly Severity[] = ['error', 'warn', 'info', 'hint'];

const SEVERITY_RANK: Record<Severity, number> = { error: 0, warn: 1, info: 2, hint: 3 };

export function severityRank(severity: Severity): number {
  return SEVERITY_RANK[severity];
}

/** True when `severity` is at least as severe as `threshold`. */
export function atLeast(severity: Severity, threshold: Severity): boolean {
  return SEVERITY_RANK[severity] <= SEVERITY_RANK[threshold];
}

export interface Position {
  line: number;
  column: number;
}

export interface Location extends Position {
  /** Path relative to the working directory, with forward slashes. */
  file: string;
  /** RFC 6901 JSON pointer into the document ("" is the root). */
  pointer: string;
}

export interface Finding {
  ruleId: string;
  category: string;
  severity: Severity;
  message: string;
  location: Location;
  /** How to fix it, one sentence. */
  fix?: string;
  /** Other places that matter (a diff finding's base location, a duplicate's first site). */
  related?: Location[];
  /** Figures and inputs behind the message, for reports and machines. */
  data?: Record<string, unknown>;
  /** `archway verify`: the operation probed, as "GET /tasks/{taskId}". */
  operation?: string;
  /** `archway verify`: the exchange that shows it, credentials redacted. */
  evidence?: Evidence;
  /** Stable across runs, line moves and working directories: rule, message id, repository-relative file, pointer. */
  fingerprint: string;
}

/** One HTTP exchange as a verify finding shows it. */
export interface Evidence {
  /** "GET /tasks?limit=21" */
  request: string;
  /** The request headers that matter to the finding. */
  requestHeaders?: Record<string, string>;
  /** null when no answer came (timeout, connection lost). */
  status: number | null;
  /** The response headers that matter to the finding, lower-case names. */
  headers: Record<string, string>;
  /** At most 500 characters of the response body. */
  body: string;
}

export function compareLocations(a: Location, b: Location): number {
  return compareStrings(a.file, b.file) || a.line - b.line || a.column - b.column || compareStrings(a.pointer, b.pointer);
}

/** Sorted by file, line, column, rule id, then message: the order of every output. */
export function sortFindings(findings: readonly Finding[]): Finding[] {
  return [...findings].sort((a, b) => compareLocations(a.location, b.location) || compareStrings(a.ruleId, b.ruleId) || compareStrings(a.message, b.message));
}

/** Code-unit comparison: locale-independent, so output never depends on the machine. */
export function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

export function countBySeverity(findings: readonly Finding[]): Record<Severity, number> {
  const counts: Record<Severity, number> = { error: 0, warn: 0, info: 0, hint: 0 };
  for (const finding of findings) counts[finding.severity]++;
  return counts;
}
