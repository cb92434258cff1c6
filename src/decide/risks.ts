import { sortFindings, type Finding, type Location } from '../core/diagnostic.js';
import type { Design } from '../model/types.js';
import { ALL_DESIGN_RULES } from '../review/design-rules.js';
import { pattern } from './catalogue.js';
import type { Decision } from './decide.js';

export type Level = 'low' | 'medium' | 'high';

export interface Risk {
  id: string;
  title: string;
  source: { kind: 'finding'; ruleId: string; location: Location; count?: number } | { kind: 'decision'; id: string };
  likelihood: Level;
  impact: Level;
  mitigation: string;
  /** The test or check that proves the mitigation works; it appears in the verification plan. */
  verification: string;
  /** Other risks and decisions about the same problem. */
  seeAlso: string[];
}

/** Categories whose failures take the service down or expose data. */
const HIGH_IMPACT = new Set(['resilience', 'security']);

/** Rules that restate another rule's problem: the risk register keeps the first and cites the second. */
const SAME_PROBLEM: Readonly<Record<string, string>> = { 'slo-above-dependencies': 'composite-availability' };

const LEVEL: Record<Level, number> = { low: 1, medium: 2, high: 3 };
/** How many risks the register ranks at the top; the rest follow in a second table. */
export const TOP_RISKS = 10;

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
 * The risk register: one risk per design finding (a finding that restates another's problem is
 * cited by it, not repeated), one per contract-lint rule family with its counts, and one per
 * decision, whose mitigation and verification name its subject. Sorted by likelihood × impact;
 * each decision's `risks` gains the risks anchored on its subject.
 */
export function buildRisks(design: Design, findings: readonly Finding[], decisions: Decision[]): Risk[] {
  const designRules = new Map(ALL_DESIGN_RULES.map((r) => [r.id, r]));
  const risks: Risk[] = [];
  const perRule = new Map<string, number>();
  const families = new Map<string, Finding[]>();
  const serious = sortFindings(findings).filter((f) => f.severity === 'error' || f.severity === 'warn');
  for (const finding of serious) {
    if (!designRules.has(finding.ruleId)) {
      const family = families.get(finding.category) ?? [];
      families.set(finding.category, [...family, finding]);
      continue;
    }
    const same = SAME_PROBLEM[finding.ruleId];
    const primary = same && risks.find((r) => r.source.kind === 'finding' && r.source.ruleId === same);
    if (primary) {
      primary.seeAlso.push(`\`${finding.ruleId}\` (line ${finding.location.line})`);
      continue;
    }
    const n = (perRule.get(finding.ruleId) ?? 0) + 1;
    perRule.set(finding.ruleId, n);
    risks.push({
      id: `${finding.ruleId}-${n}`,
      title: finding.message,
      source: { kind: 'finding', ruleId: finding.ruleId, location: finding.location },
      likelihood: finding.severity === 'error' ? 'high' : 'medium',
      impact: findingImpact(design, finding),
      mitigation: finding.fix ?? `Resolve \`${finding.ruleId}\` as its documentation describes.`,
      verification: designRules.get(finding.ruleId)!.verify,
      seeAlso: [],
    });
  }
  for (const [family, list] of [...families].sort(([a], [b]) => (a < b ? -1 : 1))) {
    const counts = new Map<string, number>();
    for (const f of list) counts.set(f.ruleId, (counts.get(f.ruleId) ?? 0) + 1);
    const rules = [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
    const files = [...new Set(list.map((f) => f.location.file))].sort();
    risks.push({
      id: `contracts-${family}`,
      title: `${list.length} ${family} finding${list.length === 1 ? '' : 's'} in the contracts: ${rules
        .slice(0, 5)
        .map(([id, n]) => `\`${id}\` × ${n}`)
        .join(', ')}${rules.length > 5 ? `, and ${rules.length - 5} more rules` : ''}`,
      source: { kind: 'finding', ruleId: rules[0][0], location: list.find((f) => f.ruleId === rules[0][0])!.location, count: list.length },
      likelihood: list.some((f) => f.severity === 'error') ? 'high' : 'medium',
      impact: family === 'security' ? 'high' : family === 'errors' || family === 'idempotency' ? 'medium' : 'low',
      mitigation: `Fix each as \`archway explain <rule>\` describes (${rules
        .map(([id]) => `\`${id}\``)
        .slice(0, 3)
        .join(', ')}${rules.length > 3 ? ', …' : ''}), or baseline the ones accepted.`,
      verification: `\`archway lint ${files.join(' ')}\` reports no ${family} findings beyond the baseline.`,
      seeAlso: [],
    });
  }
  const findingRisks = [...risks];
  for (const decision of decisions) {
    const related = findingRisks
      .filter((r) => r.source.kind === 'finding' && within(r.source.location.pointer, decision.pointer))
      .map((r) => r.id)
      .sort();
    const id = `decision-${decision.id}`;
    // A decision anchored on a finding is that finding's fix: one problem, one risk.
    const anchored = findingRisks.find(
      (r) => r.source.kind === 'finding' && r.source.location.pointer === decision.pointer && decision.kind === 'critical-path',
    );
    if (anchored) {
      anchored.seeAlso.push(`decision \`${decision.id}\``);
      if (decision.chosen)
        anchored.mitigation = `${decision.chosen === 'sync-request-response' ? 'Keep the path' : `Adopt \`${decision.chosen}\``} as decision \`${decision.id}\` recommends; ${anchored.mitigation.charAt(0).toLowerCase()}${anchored.mitigation.slice(1)}`;
      else anchored.mitigation = `No change to the path reaches the target (decision \`${decision.id}\`): ${decision.rationale[decision.rationale.length - 1]}`;
      decision.risks = related;
      continue;
    }
    if (decision.chosen === null) {
      if (decision.alternatives.length === 0) {
        decision.risks = related;
        continue;
      }
      risks.push({
        id,
        title: `no feasible way to answer “${decision.question}”`,
        source: { kind: 'decision', id: decision.id },
        likelihood: 'high',
        impact: decisionImpact(design, decision),
        mitigation: decision.rationale[decision.rationale.length - 1],
        verification: `\`archway review\` finds a feasible alternative for \`${decision.id}\` once the constraint has moved.`,
        seeAlso: related,
      });
      decision.risks = [id, ...related];
      continue;
    }
    const chosen = pattern(decision.chosen);
    // The same pattern on the same name is one risk, whichever decision reached it.
    const shared = risks.find(
      (r) =>
        r.source.kind === 'decision' &&
        decisions.some((o) => o.id === (r.source as { id: string }).id && o.chosen === decision.chosen && decision.subjects.includes(o.subject)),
    );
    if (shared) {
      shared.seeAlso.push(`decision \`${decision.id}\``);
      decision.risks = [shared.id, ...related];
      continue;
    }
    const instead = decision.better ? `Adopt \`${decision.better}\` (${decision.betterReason}); if \`${chosen.id}\` stays: ` : '';
    risks.push({
      id,
      title: `${chosen.name} for \`${decision.subject}\`: ${chosen.failureModes[0]}`,
      source: { kind: 'decision', id: decision.id },
      // A design choice that another pattern beats is the likeliest to hurt; a choice with stated costs less so.
      likelihood: decision.better ? 'high' : decision.alternatives.find((a) => a.pattern === chosen.id)!.cons.length > 0 ? 'medium' : 'low',
      impact: decisionImpact(design, decision),
      mitigation: instead ? `${instead}${chosen.mitigation.charAt(0).toLowerCase()}${chosen.mitigation.slice(1)}` : chosen.mitigation,
      verification: `For \`${decision.subject}\`: ${chosen.verification.charAt(0).toLowerCase()}${chosen.verification.slice(1)}`,
      seeAlso: related,
    });
    decision.risks = [id, ...related];
  }
  const order = new Map(risks.map((r, i) => [r, i]));
  const weight = (r: Risk) => LEVEL[r.likelihood] * LEVEL[r.impact];
  return risks.sort((a, b) => weight(b) - weight(a) || order.get(a)! - order.get(b)!);
}
