import type { Finding } from '../../core/diagnostic.js';
import type { Formatter } from './types.js';

/** The findings.json shape; key order is fixed so the bytes are stable. */
export const formatJson: Formatter = (findings) => `${JSON.stringify({ findings: findings.map(toJson) }, null, 2)}\n`;

export function toJson(finding: Finding): Record<string, unknown> {
  const { file, pointer, line, column } = finding.location;
  return {
    ruleId: finding.ruleId,
    category: finding.category,
    severity: finding.severity,
    message: finding.message,
    location: { file, pointer, line, column },
    ...(finding.fix ? { fix: finding.fix } : {}),
    ...(finding.related?.length ? { related: finding.related } : {}),
    ...(finding.data ? { data: finding.data } : {}),
    ...(finding.operation ? { operation: finding.operation } : {}),
    ...(finding.evidence ? { evidence: finding.evidence } : {}),
    fingerprint: finding.fingerprint,
  };
}
