import type { Log, ReportingDescriptor, Result } from 'sarif';
import type { Severity } from '../../core/diagnostic.js';
import type { Formatter } from './types.js';

const LEVEL: Record<Severity, NonNullable<Result['level']>> = { error: 'error', warn: 'warning', info: 'note', hint: 'note' };

/** SARIF 2.1.0 for GitHub code scanning; one run, rules described from their metadata. */
export const formatSarif: Formatter = (findings, { rules }) => {
  const used = [...new Set(findings.map((f) => f.ruleId))].sort();
  const byId = new Map(rules.map((r) => [r.id, r]));
  const descriptors = used.map((id): ReportingDescriptor => {
    const rule = byId.get(id);
    return {
      id,
      name: id,
      shortDescription: { text: rule?.description ?? id },
      ...(rule ? { fullDescription: { text: rule.rationale }, help: { text: rule.fix } } : {}),
      helpUri: `https://archway.dev/rules/${id}`,
      properties: { category: rule?.category ?? 'unknown' },
      defaultConfiguration: { level: LEVEL[rule?.severity ?? 'warn'] },
    };
  });
  const index = new Map(used.map((id, i) => [id, i]));
  // Typed against @types/sarif, which is generated from the SARIF 2.1.0 schema.
  const sarif: Log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: { driver: { name: 'archway', informationUri: 'https://archway.dev', version: '0.1.0', rules: descriptors } },
        results: findings.map((f): Result => ({
          ruleId: f.ruleId,
          ruleIndex: index.get(f.ruleId),
          level: LEVEL[f.severity],
          message: { text: f.fix ? `${f.message} Fix: ${f.fix}` : f.message },
          locations: [
            {
              physicalLocation: {
                artifactLocation: { uri: f.location.file },
                region: { startLine: f.location.line, startColumn: f.location.column },
              },
              logicalLocations: [{ fullyQualifiedName: f.location.pointer || '/' }],
            },
          ],
          partialFingerprints: { 'archway/v1': f.fingerprint },
          ...(f.data ? { properties: f.data } : {}),
        })),
      },
    ],
  };
  return `${JSON.stringify(sarif, null, 2)}\n`;
};
