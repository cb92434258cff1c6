import type { Finding } from '../core/diagnostic.js';
import { InputError } from '../core/input-error.js';
import { locationOf } from '../core/source.js';
import type { DecisionPoint as DecisionEntry, Dependency, Design, ReferencedData } from '../model/types.js';
import { formatPercent } from '../model/units.js';
import { PATTERNS, TIE_ORDER } from './catalogue.js';
import { criticalPathCandidates } from './critical-path.js';
import { factsOf, tick, ticks } from './facts.js';
import type { Alternative, DecisionKind, ScoreInput } from './pattern.js';

/** A question archway answers, with every candidate pattern scored. */
export interface Point {
  id: string;
  question: string;
  /** A dependency, a referenced datum, "rollout", "multi-service-write", "critical-path" or a `decisions` subject. */
  subject: string;
  kind: DecisionKind | 'critical-path';
  /** Where in the design the decision is anchored; findings under it are its risks too. */
  pointer: string;
  /** Every candidate, best first; ties in TIE_ORDER. */
  ranked: Alternative[];
  /** What the design allows: one pattern = the design chose it; several = archway picks among them; none = open. */
  allowed: string[];
  /** One sentence saying what the design declared, naming the keys. */
  framing: string;
}

export const byScore = (a: Alternative, b: Alternative) => b.score - a.score || TIE_ORDER.indexOf(a.pattern) - TIE_ORDER.indexOf(b.pattern);

function rank(kind: DecisionKind, input: ScoreInput): Alternative[] {
  return PATTERNS.filter((p) => p.decisionKind === kind).map((p) => ({ pattern: p.id, ...p.score(input) })).sort(byScore);
}

const ASYNC = ['command-queue', 'event-stream-outbox', 'webhook', 'batch-transfer'];

/** The integration a dependency's `kind` and `mode` already fix, if any. */
function declaredIntegration(d: Dependency): { allowed: string[]; keys: string } {
  const keys = [d.kind && `\`kind: ${d.kind}\``, d.mode && `\`mode: ${d.mode}\``].filter(Boolean).join(' and ');
  if (d.kind === 'webhook') return { allowed: ['webhook'], keys };
  if (d.kind === 'queue') return { allowed: ['command-queue'], keys };
  if (d.kind === 'topic') return { allowed: ['event-stream-outbox'], keys };
  if (d.kind === 'http' || d.kind === 'grpc' || d.mode === 'sync') return { allowed: ['sync-request-response'], keys };
  if (d.mode === 'async') return { allowed: ASYNC, keys };
  return { allowed: [], keys };
}

function declaredData(datum: ReferencedData): string[] {
  if (!datum.via) return [];
  return datum.via === 'api' || datum.via === 'database' ? ['query-through'] : ['replicate-data'];
}

function framing(subject: string, allowed: string[], keys: string): string {
  if (allowed.length === 1) return `The design declares ${keys} for ${tick(subject)}, so \`${allowed[0]}\` is its choice, reviewed here against the alternatives.`;
  if (allowed.length > 1) return `The design declares ${keys} for ${tick(subject)} and leaves the rest open, so archway picks among ${ticks(allowed)}.`;
  return `The design leaves ${keys || 'the mechanism'} for ${tick(subject)} open, so the choice is archway’s recommendation.`;
}

/**
 * Every decision of a design: one per outbound integration (a database or cache is not an
 * integration choice; an inbound stream is chosen by its producer), per referenced datum, a
 * multi-service write, the rollout, each finding whose fix is a design choice, and every
 * `decisions` entry (merged into the point its subject names, else a placement question).
 */
export function decisionPoints(design: Design, system: readonly Design[], findings: readonly Finding[]): Point[] {
  const facts = factsOf(design);
  const base = { design, system, facts };
  const points: Point[] = [];
  for (const dependency of design.dependencies) {
    if (dependency.direction === 'inbound' || dependency.kind === 'database' || dependency.kind === 'cache') continue;
    const { allowed, keys } = declaredIntegration(dependency);
    points.push({
      id: `integration-${dependency.name}`,
      question: `How does ${design.service.name} integrate with \`${dependency.name}\`?`,
      subject: dependency.name,
      kind: 'integration',
      pointer: dependency.pointer,
      ranked: rank('integration', { ...base, dependency }),
      allowed,
      framing: framing(dependency.name, allowed, keys || '`kind` and `mode`'),
    });
  }
  for (const datum of design.data.referenced) {
    const allowed = declaredData(datum);
    points.push({
      id: `data-${datum.name}`,
      question: `Does ${design.service.name} own, replicate or query \`${datum.name}\`?`,
      subject: datum.name,
      kind: 'data',
      pointer: datum.pointer,
      ranked: rank('data', { ...base, datum }),
      allowed,
      framing: framing(datum.name, allowed, datum.via ? `\`via: ${datum.via}\`` : '`via`'),
    });
  }
  if (facts.writes.length >= 2) {
    const names = facts.writes.map((d) => d.name);
    points.push({
      id: 'multi-service-write',
      question: `How do the writes to ${ticks(names)} stay consistent?`,
      subject: 'multi-service-write',
      kind: 'consistency',
      pointer: facts.writes[0].pointer,
      ranked: rank('consistency', base),
      allowed: [],
      framing: `A request writes ${ticks(names)}, which no single transaction of ${tick(design.service.name)} covers, so archway recommends how they stay consistent.`,
    });
  }
  const strategy = design.rollout?.strategy;
  const rollout = strategy && ['canary', 'blue-green', 'dark-launch'].includes(strategy) ? [strategy] : [];
  points.push({
    id: 'rollout',
    question: `How does a change of ${design.service.name} reach production?`,
    subject: 'rollout',
    kind: 'rollout',
    pointer: '/rollout',
    ranked: rank('rollout', base),
    allowed: rollout,
    framing: strategy && !rollout.length
      ? `The design’s \`strategy: ${strategy}\` has no gate between steps, so the choice is archway’s recommendation.`
      : framing('rollout', rollout, strategy ? `\`strategy: ${strategy}\`` : '`strategy`'),
  });
  // Only this design's finding counts: in a system review the caller may pass every design's findings.
  const unreachable = findings.find((f) => f.ruleId === 'composite-availability' && f.location.file === design.source.displayPath);
  if (unreachable && facts.compositeInputs.length > 0) {
    points.push({
      id: 'critical-path-availability',
      question: `How does the critical path of ${design.service.name} stay up, when its dependencies allow at most ${formatPercent(facts.compositePercent)}?`,
      subject: 'critical-path',
      kind: 'critical-path',
      pointer: unreachable.location.pointer,
      ranked: criticalPathCandidates(design, facts).sort(byScore),
      allowed: [],
      framing: `Finding \`composite-availability\` at line ${unreachable.location.line} makes this a design choice: ${unreachable.message.replace(/\.$/, '')}.`,
    });
  }
  return mergeEntries(design, points, base);
}

/** Folds each `decisions` entry into the point its subject names: its id and question win, and a `chosen` pattern becomes the design's choice. */
function mergeEntries(design: Design, points: Point[], base: Omit<ScoreInput, 'subject'>): Point[] {
  const claimed = new Set<Point>();
  for (const entry of design.decisions) {
    let point = points.find((p) => p.subject === entry.subject && !claimed.has(p));
    if (!point) {
      const subject = entry.subject ?? design.service.name;
      point = {
        id: entry.id,
        question: entry.question,
        subject,
        kind: 'placement',
        pointer: entry.pointer,
        ranked: rank('placement', { ...base, subject }),
        allowed: [],
        framing: `Decision \`${entry.id}\` asks where ${tick(subject)} lives, so the choice is archway’s recommendation.`,
      };
      points.push(point);
    }
    claimed.add(point);
    point.id = entry.id;
    point.question = entry.question;
    if (entry.chosen !== undefined) {
      if (!point.ranked.some((c) => c.pattern === entry.chosen)) throw badChoice(design, entry, point.ranked.map((c) => c.pattern));
      point.allowed = [entry.chosen];
      point.framing = `Decision \`${entry.id}\` records \`chosen: ${entry.chosen}\`, reviewed here against the alternatives.`;
    }
  }
  return points;
}

function badChoice(design: Design, entry: DecisionEntry, candidates: string[]): InputError {
  const pointer = `${entry.pointer}/chosen`;
  return new InputError([
    { location: locationOf(design.source, pointer, 'value'), message: `decision "${entry.id}" chose "${entry.chosen}", which is not a pattern for this question; expected one of ${[...candidates].sort().join(', ')}` },
  ]);
}
