import { compareStrings, type Finding } from '../core/diagnostic.js';
import type { Design } from '../model/types.js';
import type { Alternative, DecisionKind } from './pattern.js';
import { decisionPoints, type Point } from './points.js';

export type { Alternative };

export interface Decision {
  id: string;
  question: string;
  /** A dependency, a referenced datum, "rollout", "multi-service-write", "critical-path" or a `decisions` subject. */
  subject: string;
  kind: DecisionKind | 'critical-path' | 'unanswered';
  /** Where in the design the decision is anchored; findings under it become its risks too. */
  pointer: string;
  /** 2–3 alternatives, feasible ones first, each best first; the chosen one is always among them. */
  alternatives: Alternative[];
  /** A feasible pattern id: the design's choice when it made one, else archway's recommendation; null when none is feasible. */
  chosen: string | null;
  chosenBy: 'design' | 'archway';
  /** Every name the chosen alternative changes, `subject` first. */
  subjects: string[];
  /** The higher-scoring feasible pattern archway would pick instead of the design's choice, else null. */
  better: string | null;
  betterReason?: string;
  /** One sentence per reason, each naming the input or figure it rests on. */
  rationale: string[];
  /** Risk ids (see buildRisks): the decision's own risk first, then the findings on its subject. */
  risks: string[];
  /** Other decisions this one affects or is affected by. */
  related: string[];
}

const sentence = (text: string) => `${text.charAt(0).toUpperCase()}${text.slice(1)}.`;

/** Feasible alternatives first, then by score; the order a reader weighs them in. */
const byFeasibility = (a: Alternative, b: Alternative) => Number(b.feasible) - Number(a.feasible);

/** Why an alternative lost: it is infeasible, its first con, or what speaks for the chosen pattern and not for it. */
function against(a: Alternative, chosen: Alternative): string {
  if (!a.feasible) return ` is infeasible — ${a.infeasibleBecause}`;
  if (a.cons.length) return ` scores ${a.score} against ${chosen.score}: ${a.cons[0]}`;
  const edge = chosen.pros.find((p) => !a.pros.includes(p));
  return ` scores ${a.score} against ${chosen.score}${edge ? `, lacking what favours \`${chosen.pattern}\`: ${edge}` : ''}`;
}

export function conclude(point: Point): Decision {
  const ranked = [...point.ranked].sort((a, b) => byFeasibility(a, b));
  const feasible = ranked.filter((a) => a.feasible);
  const { allowed } = point;
  const stated = allowed.length === 1 ? ranked.find((a) => a.pattern === allowed[0]) : undefined;
  const rationale = [point.framing];
  let chosen: Alternative | undefined;
  let chosenBy: Decision['chosenBy'] = 'archway';
  if (stated?.feasible) {
    chosen = stated;
    chosenBy = point.credited === false ? 'archway' : 'design';
  } else if (stated) {
    chosen = feasible[0];
    rationale.push(
      `The design’s stated \`${stated.pattern}\` is infeasible — ${stated.infeasibleBecause}${chosen ? `; archway recommends \`${chosen.pattern}\` instead` : ''}.`,
    );
  } else {
    chosen = feasible.find((a) => allowed.length === 0 || allowed.includes(a.pattern)) ?? feasible[0];
    if (chosen && allowed.length > 1 && !allowed.includes(chosen.pattern))
      rationale.push(`None of ${allowed.map((p) => `\`${p}\``).join(', ')} is feasible, so archway recommends \`${chosen.pattern}\`.`);
  }
  const best = feasible[0];
  const better = chosen && best && best !== chosen && best.score > chosen.score ? best : undefined;
  const shown = [...new Set([...(chosen ? [chosen] : []), ...(better ? [better] : []), ...ranked])].slice(0, 3);
  if (chosen) {
    rationale.push(...chosen.pros.map(sentence), ...chosen.cons.slice(0, 1).map((c) => `Accepted cost: ${c}.`));
    for (const a of shown) if (a !== chosen && a !== better && a !== stated) rationale.push(`\`${a.pattern}\`${against(a, chosen)}.`);
    if (better)
      rationale.push(
        `\`${better.pattern}\` scores ${better.score} against ${chosen.score} and would be the better choice: ${better.pros[0] ?? 'it fits the stated constraints better'}.`,
      );
  } else if (ranked.length) {
    // The design's own stated choice was already judged above; each other one is judged once.
    for (const a of shown) if (a !== stated) rationale.push(`\`${a.pattern}\` is infeasible — ${a.infeasibleBecause}.`);
    const closest = ranked[0];
    rationale.push(
      `No alternative is feasible, so archway chooses none: a constraint must move. The closest is \`${closest.pattern}\`; for it to become feasible, ${closest.move}.`,
    );
  }
  return {
    id: point.id,
    question: point.question,
    subject: point.subject,
    kind: point.kind,
    pointer: point.pointer,
    alternatives: shown.sort((a, b) => byFeasibility(a, b) || b.score - a.score),
    chosen: chosen?.pattern ?? null,
    chosenBy,
    subjects: [point.subject, ...(chosen ? (point.subjectsOf?.(chosen.pattern) ?? []) : [])].filter((s, i, all) => all.indexOf(s) === i),
    better: better?.pattern ?? null,
    ...(better ? { betterReason: better.pros[0] } : {}),
    rationale,
    risks: [`decision-${point.id}`],
    related: [],
  };
}

/**
 * Every decision of a design, sorted by id: those it asks (`decisions`), one per outbound
 * integration, per referenced datum, a multi-service write, the rollout, and each finding whose
 * fix is a design choice. They are made together: a decision that changes a name another decision
 * is about sets that decision too, and each names the other.
 */
export function decide(design: Design, system: readonly Design[] = [design], findings: readonly Finding[] = []): Decision[] {
  const points = decisionPoints(design, system, findings);
  const decisions = points.map(conclude);
  // The critical-path decision moves a dependency off the path; that dependency's own decision follows it.
  const path = decisions.find((d) => d.kind === 'critical-path');
  for (const name of path?.chosen ? path.subjects.slice(1) : []) {
    const i = points.findIndex((p) => p.kind === 'integration' && p.subject === name && p.ranked.some((a) => a.pattern === path!.chosen && a.feasible));
    if (i < 0) continue;
    points[i] = {
      ...points[i],
      allowed: [path!.chosen!],
      credited: false,
      framing: `Decision \`${path!.id}\` takes \`${name}\` off the critical path with \`${path!.chosen}\`, so this decision follows it; the choice is archway’s recommendation.`,
    };
    decisions[i] = conclude(points[i]);
  }
  align(decisions, findings, design);
  return decisions.sort((a, b) => compareStrings(a.id, b.id));
}

/** One position per name: decisions about the same name cross-reference each other, and findings on a subject are cited. */
function align(decisions: Decision[], findings: readonly Finding[], design: Design): void {
  for (const d of decisions) {
    for (const other of decisions) {
      if (other === d || !other.subjects.slice(1).includes(d.subject)) continue;
      d.related.push(other.id);
      other.related.push(d.id);
      d.rationale.push(`Decided together with \`${other.id}\`, whose ${other.chosen ? `\`${other.chosen}\`` : 'outcome'} also concerns ${`\`${d.subject}\``}.`);
    }
    const on = findings.filter(
      (f) =>
        f.location.file === design.source.displayPath &&
        f.severity !== 'info' &&
        f.severity !== 'hint' &&
        (f.location.pointer === d.pointer || f.location.pointer.startsWith(`${d.pointer}/`)),
    );
    if (d.chosenBy === 'design' && on.length) {
      const cited = [...new Set(on.map((f) => `\`${f.ruleId}\` (line ${f.location.line})`))].join(', ');
      d.rationale.push(`The design’s choice stands, but its details contradict ${on.length === 1 ? 'a finding' : 'findings'}: ${cited}; see Risks.`);
    }
  }
  for (const d of decisions) d.related = [...new Set(d.related)].sort();
}
