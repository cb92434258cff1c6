import { sortFindings, type Finding, type Location } from '../core/diagnostic.js';
import type { Design } from '../model/types.js';
import { ALL_DESIGN_RULES } from '../review/design-rules.js';
import { pattern } from './catalogue.js';
import type { Decision } from './decide.js';

export type Level = 'low' | 'medium' | 'high';

export interface Risk {
  id: string;
  title: string;
  source: { kind: 'finding'; ruleId: string; location: Location } | { kind: 'decision'; id: string };
  likelihood: Level;
  impact: Level;
  mitigation: string;
  /** The test or check that proves the mitigation works; it appears in the verification plan. */
  verification: string;
}

/** Categories whose failures take the service down or expose data. */
const HIGH_IMPACT = new Set(['resilience', 'security']);

const within = (pointer: string, anchor: string) => pointer === anchor || pointer.startsWith(`${anchor}/`);

/** Impact of a finding: high where it can take the service down or leak data, or sits on a critical dependency. */
function findingImpact(design: Design, finding: Finding): Level {
  if (HIGH_IMPACT.has(finding.category)) return 'high';
  if (design.dependencies.some((d) => d.critical && within(finding.location.pointer, d.pointer))) return 'high';
  return finding.severity === 'error' || design.service.tier === 1 ? 'medium' : 'low';
}

function decisionImpact(design: Design, decision: Decision): Level {
  if (decision.kind === 'critical-path' || decision.kind === 'consistency') return 'high';
  if (design.dependencies.some((d) => d.critical && d.name === decision.subject)) return 'high';
  return decision.kind === 'rollout' && design.service.tier === 1 ? 'high' : 'medium';
}

/**
 * One risk per error or warn finding and per decision, so a reader can trace finding → risk →
 * mitigation → verification. A finding's mitigation is its fix and its verification the rule's
 * `verify` step (the one the verification plan lists); a decision's come from its chosen
 * pattern. Each decision's `risks` gains the findings anchored on its subject.
 */
export function buildRisks(design: Design, findings: readonly Finding[], decisions: Decision[]): Risk[] {
  const verify = new Map(ALL_DESIGN_RULES.map((r) => [r.id, r.verify]));
  const risks: Risk[] = [];
  const perRule = new Map<string, number>();
  for (const finding of sortFindings(findings)) {
    if (finding.severity !== 'error' && finding.severity !== 'warn') continue;
    const n = (perRule.get(finding.ruleId) ?? 0) + 1;
    perRule.set(finding.ruleId, n);
    const { file, line } = finding.location;
    risks.push({
      id: `${finding.ruleId}-${n}`,
      title: finding.message,
      source: { kind: 'finding', ruleId: finding.ruleId, location: finding.location },
      likelihood: finding.severity === 'error' ? 'high' : 'medium',
      impact: findingImpact(design, finding),
      mitigation: finding.fix ?? `Resolve \`${finding.ruleId}\` as its documentation describes.`,
      verification: verify.get(finding.ruleId) ?? `\`archway review\` no longer reports \`${finding.ruleId}\` at ${file}:${line}.`,
    });
  }
  const findingRisks = [...risks];
  for (const decision of decisions) {
    const chosen = pattern(decision.chosen);
    const id = `decision-${decision.id}`;
    const instead = decision.better ? `Adopt \`${decision.better}\` (${decision.betterReason}); if \`${chosen.id}\` stays: ` : '';
    risks.push({
      id,
      title: `${chosen.name} for ${decision.subject}: ${chosen.failureModes[0]}`,
      source: { kind: 'decision', id: decision.id },
      // A design choice that another pattern beats is the likeliest to hurt; a choice with stated costs less so.
      likelihood: decision.better ? 'high' : decision.alternatives.find((a) => a.pattern === chosen.id)!.cons.length > 0 ? 'medium' : 'low',
      impact: decisionImpact(design, decision),
      mitigation: instead ? `${instead}${chosen.mitigation.charAt(0).toLowerCase()}${chosen.mitigation.slice(1)}` : chosen.mitigation,
      verification: chosen.verification,
    });
    const related = findingRisks.filter((r) => r.source.kind === 'finding' && within(r.source.location.pointer, decision.pointer)).map((r) => r.id);
    decision.risks = [id, ...related.sort()];
  }
  return risks;
}
