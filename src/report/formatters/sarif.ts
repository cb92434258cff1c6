import type { Log, ReportingDescriptor, Result } from 'sarif';
import { SEVERITIES, type Severity } from '../../core/diagnostic.js';
import { archwayVersion } from '../../core/version.js';
import { artifactLocation, repositoryRoot } from './repository.js';
import type { Formatter } from './types.js';

const LEVEL: Record<Severity, NonNullable<Result['level']>> = { error: 'error', warn: 'warning', info: 'note', hint: 'note' };

/** GitHub code scanning ranks security alerts by this CVSS-like score: 7.0–8.9 high, 4.0–6.9 medium, below low. */
const SECURITY_SEVERITY: Record<Severity, string> = { error: '7.5', warn: '5.0', info: '3.0', hint: '1.0' };

/** SARIF 2.1.0 for GitHub code scanning; one run, rules described from their metadata. */
export const formatSarif: Formatter = (findings, { rules, cwd }) => {
  const used = [...new Set(findings.map((f) => f.ruleId))].sort();
  const byId = new Map(rules.map((r) => [r.id, r]));
  const descriptors = used.map((id): ReportingDescriptor => {
    const rule = byId.get(id);
    const category = rule?.category ?? findings.find((f) => f.ruleId === id)!.category;
    // A security alert is scored by the most severe finding of its rule in this run (configs may raise or lower it).
    const worst = SEVERITIES.find((s) => findings.some((f) => f.ruleId === id && f.severity === s))!;
    return {
      id,
      name: id,
      shortDescription: { text: rule?.description ?? id },
      ...(rule ? { fullDescription: { text: rule.rationale }, help: { text: rule.fix } } : {}),
      helpUri: `https://archway.dev/rules/${id}`,
      properties: category === 'security' ? { category, tags: ['security'], 'security-severity': SECURITY_SEVERITY[worst] } : { category, tags: [category] },
      defaultConfiguration: { level: LEVEL[rule?.severity ?? 'warn'] },
    };
  });
  const index = new Map(used.map((id, i) => [id, i]));
  const root = cwd === undefined ? undefined : repositoryRoot(cwd);
  // Typed against @types/sarif, which is generated from the SARIF 2.1.0 schema.
  const sarif: Log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: { driver: { name: 'archway', informationUri: 'https://archway.dev', version: archwayVersion(), rules: descriptors } },
        // No absolute path here: the log stays byte-identical on every machine (SARIF allows a base without `uri`).
        originalUriBaseIds: { '%SRCROOT%': { description: { text: 'The root of the repository (the folder holding .git) the review ran in.' } } },
        results: findings.map((f): Result => ({
          ruleId: f.ruleId,
          ruleIndex: index.get(f.ruleId),
          level: LEVEL[f.severity],
          message: { text: f.fix ? `${f.message} Fix: ${f.fix}` : f.message },
          locations: [
            {
              physicalLocation: {
                artifactLocation: artifactLocation(f.location.file, cwd, root),
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
