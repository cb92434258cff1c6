import type { Finding, Location } from '../core/diagnostic.js';
import type { DesignRule } from '../review/rule.js';
import { pattern } from './catalogue.js';
import type { Decision } from './decide.js';

export type Level = 'low' | 'medium' | 'high';

export interface Risk {
  id: string;
  title: string;
  source: { kind: 'finding'; ruleId: string; location: Location } | { kind: 'decision'; id: string; pattern: string };
  likelihood: Level;
  impact: Level;
  mitigation: string;
  /** The test or check that proves the mitigation works; it appears in the verification plan. */
  verification: string;
}

const HIGH_IMPACT = new Set(['resilience', 'security']);

/**
 * One risk per error or warn finding and per decision, so a reader can trace finding → risk →
 * mitigation → verification. Decisions link to their own risk and to the findings on their subject.
 */
export function buildRisks(findings: readonly Finding[], decisions: Decision[], rules: ReadonlyMap<string, DesignRule>): Risk[] {
  const risks: Risk[] = [];
  const perRule = new Map<string, number>();
  for (const finding of findings) {
    if (finding.severity !== 'error' && finding.severity !== 'warn') continue;
    const n = (perRule.get(finding.ruleId) ?? 0) + 1;
    perRule.set(finding.ruleId, n);
    risks.push({
      id: `${finding.ruleId}-${n}`,
      title: finding.message,
      source: { kind: 'finding', ruleId: finding.ruleId, location: finding.location },
      likelihood: finding.severity === 'error' ? 'high' : 'medium',
      impact: HIGH_IMPACT.has(finding.category) ? 'high' : 'medium',
      mitigation: finding.fix ?? rules.get(finding.ruleId)?.fix ?? '',
      verification: rules.get(finding.ruleId)?.verify ?? `\`archway review\` no longer reports \`${finding.ruleId}\`.`,
    });
  }
  for (const decision of decisions) {
    const chosen = pattern(decision.chosen);
    const risk: Risk = {
      id: `decision-${decision.id}`,
      title: `${chosen.name} for ${decision.subject}: ${chosen.failureModes[0]}`,
      source: { kind: 'decision', id: decision.id, pattern: chosen.id },
      likelihood: decision.better ? 'high' : 'medium',
      impact: decision.kind === 'critical-path' || decision.kind === 'consistency' ? 'high' : 'medium',
      mitigation: chosen.mitigation,
      verification: chosen.verification,
    };
    risks.push(risk);
    const related = risks.filter((r) => r.source.kind === 'finding' && (r.source.location.pointer === decision.pointer || r.source.location.pointer.startsWith(`${decision.pointer}/`)));
    decision.risks = [risk.id, ...related.map((r) => r.id)].sort();
  }
  return risks;
}
