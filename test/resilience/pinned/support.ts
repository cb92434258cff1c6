import type { Finding } from '../../../src/core/diagnostic.js';

/**
 * A finding as the pinned tests compare it: `ruleId@pointer line:column`, severity, message and
 * data (the file path depends on the working directory; tests that span services check it apart).
 */
export function pin(findings: readonly Finding[]) {
  return findings.map((f) => ({
    at: `${f.ruleId}@${f.location.pointer} ${f.location.line}:${f.location.column}`,
    severity: f.severity,
    message: f.message,
    data: f.data,
  }));
}
