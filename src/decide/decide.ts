import { compareStrings, type Finding } from '../core/diagnostic.js';
import type { Design } from '../model/types.js';
import type { Alternative, DecisionKind } from './pattern.js';
import { byScore, decisionPoints, type Point } from './points.js';

export type { Alternative };

export interface Decision {
  id: string;
  question: string;
  /** A dependency, a referenced datum, "rollout", "multi-service-write", "critical-path" or a `decisions` subject. */
  subject: string;
  kind: DecisionKind | 'critical-path';
  /** Where in the design the decision is anchored; findings under it become its risks too. */
  pointer: string;
  /** 2–3 alternatives, best first, ties in TIE_ORDER; the chosen one is always among them. */
  alternatives: Alternative[];
  /** A pattern id: the design's choice when it made one, else archway's recommendation. */
  chosen: string;
  chosenBy: 'design' | 'archway';
  /** The higher-scoring pattern archway would pick instead of the design's choice, else null. */
  better: string | null;
  betterReason?: string;
  /** One sentence per reason, each naming the input or figure it rests on. */
  rationale: string[];
  /** Risk ids (see buildRisks): the decision's own risk first, then the findings on its subject. */
  risks: string[];
}

const sentence = (text: string) => `${text.charAt(0).toUpperCase()}${text.slice(1)}.`;

/** Why an alternative lost: its first con, or else what speaks for the chosen pattern and not for it. */
function against(a: Alternative, chosen: Alternative): string {
  if (a.cons.length) return `: ${a.cons[0]}`;
  const edge = chosen.pros.find((p) => !a.pros.includes(p));
  return edge ? `, lacking what favours \`${chosen.pattern}\`: ${edge}` : '';
}

function conclude(point: Point): Decision {
  const { ranked, allowed } = point;
  const best = ranked[0];
  const chosen = ranked.find((c) => allowed.length === 0 || allowed.includes(c.pattern))!;
  const shown = ranked.slice(0, 3);
  // The chosen pattern ranks below the top three only when the design chose it; it replaces the third.
  if (!shown.includes(chosen)) shown[shown.length - 1] = chosen;
  const better = allowed.length > 0 && best !== chosen && best.score > chosen.score ? best : undefined;
  const versus = (a: Alternative) => `\`${a.pattern}\` scores ${a.score} against ${chosen.score}`;
  const rationale = [
    point.framing,
    ...chosen.pros.map(sentence),
    ...chosen.cons.slice(0, 1).map((c) => `Accepted cost: ${c}.`),
    ...shown.filter((a) => a !== chosen && a !== better).map((a) => `${versus(a)}${against(a, chosen)}.`),
    ...(better ? [`${versus(better)} and would be the better choice: ${better.pros[0] ?? 'it fits the stated constraints better'}.`] : []),
  ];
  return {
    id: point.id,
    question: point.question,
    subject: point.subject,
    kind: point.kind,
    pointer: point.pointer,
    alternatives: shown.sort(byScore),
    chosen: chosen.pattern,
    chosenBy: allowed.length === 1 ? 'design' : 'archway',
    better: better?.pattern ?? null,
    ...(better ? { betterReason: better.pros[0] } : {}),
    rationale,
    risks: [`decision-${point.id}`],
  };
}

/**
 * Every decision of a design, sorted by id: those it asks (`decisions`), one per outbound
 * integration, per referenced datum, a multi-service write, the rollout, and each finding whose
 * fix is a design choice. `system` tells who owns the services it talks to.
 */
export function decide(design: Design, system: readonly Design[] = [design], findings: readonly Finding[] = []): Decision[] {
  return decisionPoints(design, system, findings)
    .map(conclude)
    .sort((a, b) => compareStrings(a.id, b.id));
}
