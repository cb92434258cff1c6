import type { Finding } from '../core/diagnostic.js';
import { InputError } from '../core/input-error.js';
import { locationOf } from '../core/source.js';
import type { DecisionPoint as DecisionEntry, Dependency, Design, ReferencedData } from '../model/types.js';
import { formatPercent } from '../model/units.js';
import { PATTERNS, TIE_ORDER } from './catalogue.js';
import { criticalPathCandidates } from './critical-path.js';
import { factsOf, streamsConsumedBy, tick, ticks } from './facts.js';
import { kindOfQuestion, KIND_NAMES, statedDegradation } from './question.js';
import type { Alternative, DecisionKind, Facts, ScoreInput } from './pattern.js';

/** A question archway answers, with every candidate pattern scored and checked for feasibility. */
export interface Point {
  id: string;
  question: string;
  /** A dependency, a referenced datum, "rollout", "multi-service-write", "critical-path" or a `decisions` subject. */
  subject: string;
  kind: DecisionKind | 'critical-path' | 'unanswered';
  /** Where in the design the decision is anchored; findings under it are its risks too. */
  pointer: string;
  /** Every candidate, best first; ties in TIE_ORDER. */
  ranked: Alternative[];
  /** What the design allows: one pattern = the design chose it; several = archway picks among them; none = open. */
  allowed: string[];
  /** False when the single allowed pattern goes beyond what the design states (a topic without an outbox). */
  credited?: boolean;
  /** One sentence saying what the design declared, naming the keys. */
  framing: string;
  /** Names besides `subject` that a chosen pattern changes. */
  subjectsOf?: (pattern: string) => string[];
}

export const byScore = (a: Alternative, b: Alternative) => b.score - a.score || TIE_ORDER.indexOf(a.pattern) - TIE_ORDER.indexOf(b.pattern);

export function rank(kind: DecisionKind, input: ScoreInput): Alternative[] {
  return PATTERNS.filter((p) => p.decisionKind === kind)
    .map((p) => {
      const infeasible = p.feasibility?.(input) ?? null;
      return {
        pattern: p.id,
        ...p.score(input),
        feasible: infeasible === null,
        infeasibleBecause: infeasible?.because ?? null,
        move: infeasible?.move ?? null,
      };
    })
    .sort(byScore);
}

const ASYNC = ['command-queue', 'event-stream-outbox', 'webhook', 'batch-transfer'];

/** The integration a dependency's `kind`, `mode` and `outbox` already fix, if any. */
function declaredIntegration(design: Design, d: Dependency): { allowed: string[]; keys: string; credited: boolean } {
  const keys = [d.kind && `\`kind: ${d.kind}\``, d.mode && `\`mode: ${d.mode}\``].filter(Boolean).join(' and ');
  if (d.kind === 'webhook') return { allowed: ['webhook'], keys, credited: true };
  if (d.kind === 'queue') return { allowed: ['command-queue'], keys, credited: true };
  // A topic is the design's choice; the outbox is too only when it says so (or nothing is stored to keep in step).
  if (d.kind === 'topic') return { allowed: ['event-stream-outbox'], keys, credited: !!(d.outbox || d.cdc) || !design.data.owned.some((o) => o.store) };
  if (d.kind === 'http' || d.kind === 'grpc' || d.mode === 'sync') return { allowed: ['sync-request-response'], keys, credited: true };
  if (d.mode === 'async') return { allowed: ASYNC, keys, credited: true };
  return { allowed: [], keys, credited: true };
}

function declaredData(datum: ReferencedData): string[] {
  if (!datum.via) return [];
  return datum.via === 'api' || datum.via === 'database' ? ['query-through'] : ['replicate-data'];
}

function framing(subject: string, allowed: string[], keys: string, credited = true): string {
  if (allowed.length === 1 && !credited)
    return `The design declares ${keys} for ${tick(subject)} but no \`outbox: true\`, so \`${allowed[0]}\` with its outbox is archway’s recommendation, not the design’s choice.`;
  if (allowed.length === 1)
    return `The design declares ${keys} for ${tick(subject)}, so \`${allowed[0]}\` is its choice, reviewed here against the alternatives.`;
  if (allowed.length > 1) return `The design declares ${keys} for ${tick(subject)} and leaves the rest open, so archway picks among ${ticks(allowed)}.`;
  return `The design leaves ${keys || 'the mechanism'} for ${tick(subject)} open, so the choice is archway’s recommendation.`;
}

/** A dependency named by a decision but not declared: outbound, optional, with nothing else known. */
function undeclared(name: string, pointer: string): Dependency {
  return { name, pointer, direction: 'outbound', critical: false, idempotent: false, idempotencyKey: false };
}

function integrationPoint(design: Design, base: Omit<ScoreInput, 'subject'>, dependency: Dependency): Point {
  const { allowed, keys, credited } = declaredIntegration(design, dependency);
  return {
    id: `integration-${dependency.name}`,
    question: `How does ${design.service.name} integrate with \`${dependency.name}\`?`,
    subject: dependency.name,
    kind: 'integration',
    pointer: dependency.pointer,
    ranked: rank('integration', { ...base, dependency }),
    allowed,
    credited,
    framing: framing(dependency.name, allowed, keys || '`kind` and `mode`', credited),
    // An event hand-off to a consumer travels on the stream it already reads.
    subjectsOf: (p) => (p === 'event-stream-outbox' ? streamsConsumedBy(design, dependency.name).map((e) => e.name) : []),
  };
}

/**
 * Every decision of a design: one per outbound integration (a database or cache is not an
 * integration choice; an inbound stream is chosen by its producer), per referenced datum, a
 * multi-service write, the rollout, each finding whose fix is a design choice, and every
 * `decisions` entry (merged into the point of its kind and subject, else a point of its own kind).
 */
export function decisionPoints(design: Design, system: readonly Design[], findings: readonly Finding[]): Point[] {
  const facts = factsOf(design);
  const base = { design, system, facts };
  const points: Point[] = [];
  for (const dependency of design.dependencies) {
    if (dependency.direction === 'inbound' || dependency.kind === 'database' || dependency.kind === 'cache') continue;
    points.push(integrationPoint(design, base, dependency));
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
  if (facts.writes.length >= 2) points.push(consistencyPoint(design, base, facts));
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
    framing:
      strategy && !rollout.length
        ? `The design’s \`strategy: ${strategy}\` has no gate between steps, so the choice is archway’s recommendation.`
        : framing('rollout', rollout, strategy ? `\`strategy: ${strategy}\`` : '`strategy`'),
  });
  // Only this design's finding counts: in a system review the caller may pass every design's findings.
  const unreachable = findings.find((f) => f.ruleId === 'composite-availability' && f.location.file === design.source.displayPath);
  if (unreachable && facts.compositeInputs.length > 0) {
    const candidates = criticalPathCandidates(design, facts);
    points.push({
      id: 'critical-path-availability',
      question: `How does the critical path of ${design.service.name} stay up, when its dependencies allow at most ${formatPercent(facts.compositePercent)}?`,
      subject: 'critical-path',
      kind: 'critical-path',
      pointer: unreachable.location.pointer,
      ranked: candidates.map((c) => c.alternative).sort(byScore),
      allowed: [],
      framing: `Finding \`composite-availability\` at line ${unreachable.location.line} makes this a design choice: ${unreachable.message.replace(/\.$/, '')}.`,
      subjectsOf: (p) => candidates.find((c) => c.alternative.pattern === p)?.changes ?? [],
    });
  }
  return mergeEntries(design, points, base);
}

function consistencyPoint(design: Design, base: Omit<ScoreInput, 'subject'>, facts: Facts): Point {
  const names = facts.writes.map((d) => d.name);
  return {
    id: 'multi-service-write',
    question: `How do the writes to ${ticks(names)} stay consistent?`,
    subject: 'multi-service-write',
    kind: 'consistency',
    pointer: facts.writes[0]?.pointer ?? '/dependencies',
    ranked: rank('consistency', base),
    allowed: [],
    framing:
      names.length >= 2
        ? `A request writes ${ticks(names)}, which no single transaction of ${tick(design.service.name)} covers, so archway recommends how they stay consistent.`
        : `The design asks how its writes stay consistent, so archway recommends a way.`,
    subjectsOf: () => names,
  };
}

/** Folds each `decisions` entry into the point of its kind and subject: its id and question win, and a `chosen` pattern becomes the design's choice. */
function mergeEntries(design: Design, points: Point[], base: Omit<ScoreInput, 'subject'>): Point[] {
  const claimed = new Set<Point>();
  for (const entry of design.decisions) {
    const { kind, subject } = kindOfQuestion(design, entry);
    let point = points.find((p) => !claimed.has(p) && p.subject === subject && (p.kind === kind || (kind === 'consistency' && p.kind === 'consistency')));
    if (!point && kind === 'rollout') point = points.find((p) => p.kind === 'rollout' && !claimed.has(p));
    if (!point && kind === 'consistency') point = points.find((p) => p.kind === 'consistency' && !claimed.has(p));
    if (!point) {
      point = entryPoint(design, base, entry, kind, subject);
      points.push(point);
    }
    claimed.add(point);
    point.id = entry.id;
    point.question = entry.question;
    if (entry.chosen !== undefined) {
      if (!point.ranked.some((c) => c.pattern === entry.chosen))
        throw badChoice(
          design,
          entry,
          point.ranked.map((c) => c.pattern),
        );
      point.allowed = [entry.chosen];
      point.credited = true;
      point.framing = `Decision \`${entry.id}\` records \`chosen: ${entry.chosen}\`, reviewed here against the alternatives.`;
    }
  }
  return points;
}

/** A point for a declared question that no built-in point covers, of the kind its question asks. */
function entryPoint(design: Design, base: Omit<ScoreInput, 'subject'>, entry: DecisionEntry, kind: DecisionKind | 'unanswered', subject: string): Point {
  const common = { id: entry.id, question: entry.question, subject, pointer: entry.pointer, allowed: [] as string[] };
  if (kind === 'unanswered') {
    return {
      ...common,
      kind,
      ranked: [],
      framing: `Decision \`${entry.id}\` asks a question archway has no pattern family for (it knows ${KIND_NAMES}), so it leaves the answer to the architect rather than answer another question.`,
    };
  }
  const dependency = design.dependencies.find((d) => d.name === subject) ?? undeclared(subject, entry.pointer);
  if (kind === 'integration') {
    const point = integrationPoint(design, base, dependency);
    return { ...point, ...common, framing: point.framing };
  }
  if (kind === 'consistency') return { ...consistencyPoint(design, base, factsOf(design)), ...common };
  if (kind === 'degradation') {
    const stated = statedDegradation(dependency);
    return {
      ...common,
      kind,
      ranked: rank(kind, { ...base, dependency, subject }),
      allowed: stated ? [stated] : [],
      framing: stated
        ? `The design declares \`fallback: ${dependency.fallback}\` for ${tick(subject)}, so \`${stated}\` is its choice, reviewed here against the other ways to degrade.`
        : `Decision \`${entry.id}\` asks how ${tick(subject)} degrades, and the design declares no \`fallback\`, so the choice is archway’s recommendation.`,
    };
  }
  const what: Record<string, string> = {
    placement: 'where it lives',
    tenancy: 'how tenants are isolated',
    'webhook-delivery': 'how webhooks are delivered',
    export: 'how data is exported in bulk',
    data: 'who owns the data',
    rollout: 'how a change is released',
  };
  return {
    ...common,
    kind,
    ranked: rank(kind, { ...base, subject, dependency: design.dependencies.find((d) => d.name === subject) }),
    framing: `Decision \`${entry.id}\` asks ${what[kind] ?? 'a design question'} for ${tick(subject)}, so the choice is archway’s recommendation.`,
  };
}

function badChoice(design: Design, entry: DecisionEntry, candidates: string[]): InputError {
  const pointer = `${entry.pointer}/chosen`;
  return new InputError([
    {
      location: locationOf(design.source, pointer, 'value'),
      message: `decision "${entry.id}" chose "${entry.chosen}", which is not a pattern for this question; expected one of ${[...candidates].sort().join(', ')}`,
    },
  ]);
}
