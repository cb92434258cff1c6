import type { Finding } from '../core/diagnostic.js';
import type { Dependency, Design, ReferencedData } from '../model/types.js';
import { formatPercent } from '../model/units.js';
import { PATTERNS, TIE_ORDER } from './catalogue.js';
import { compositeWithout, factsOf } from './facts.js';
import { Tally, type DecisionKind, type Facts, type ScoreInput, type Scored } from './pattern.js';
import { writes } from './writes.js';

export interface Alternative extends Scored {
  pattern: string;
}

export interface Decision {
  id: string;
  question: string;
  /** A dependency, a referenced datum, "rollout", "critical-path", "multi-service-write" or "service". */
  subject: string;
  kind: DecisionKind;
  /** Where in the design the decision is anchored. */
  pointer: string;
  alternatives: Alternative[];
  chosen: string;
  /** Whether the design made the choice (archway reviews it) or left it to archway. */
  chosenBy: 'design' | 'archway';
  better: string | null;
  betterReason?: string;
  rationale: string[];
  risks: string[];
}

/** A better alternative must win by this margin, so near-ties do not flip the design’s choice. */
const BETTER_MARGIN = 10;

const byScore = (a: Alternative, b: Alternative) => b.score - a.score || TIE_ORDER.indexOf(a.pattern) - TIE_ORDER.indexOf(b.pattern);

function alternatives(kind: DecisionKind, input: ScoreInput): Alternative[] {
  return PATTERNS.filter((p) => p.kind === kind).map((p) => ({ pattern: p.id, ...p.score(input) })).sort(byScore);
}

/** The design’s own choice for a dependency’s integration, when it made one. */
function designedIntegration(dependency: Dependency): string | undefined {
  if (dependency.kind === 'webhook') return 'webhook';
  if (dependency.mode === 'async' || dependency.kind === 'topic' || dependency.kind === 'queue') return dependency.kind === 'queue' ? 'command-queue' : 'event-stream-outbox';
  if (dependency.mode === 'sync' || dependency.kind === 'http' || dependency.kind === 'grpc') return 'sync-request-response';
  return undefined;
}

function designedData(datum: ReferencedData): string | undefined {
  if (!datum.via) return undefined;
  return datum.via === 'api' || datum.via === 'database' ? 'query-through' : 'replicate-data';
}

const sentence = (text: string) => `${text.charAt(0).toUpperCase()}${text.slice(1)}.`;

function conclude(base: Omit<Decision, 'alternatives' | 'chosen' | 'chosenBy' | 'better' | 'rationale' | 'risks'>, ranked: Alternative[], designed: string | undefined): Decision {
  const best = ranked[0];
  const chosen = designed ?? best.pattern;
  const shown = ranked.slice(0, 3);
  if (!shown.some((a) => a.pattern === chosen)) shown[shown.length - 1] = ranked.find((a) => a.pattern === chosen)!;
  const chosenAlt = shown.find((a) => a.pattern === chosen)!;
  const better = designed && best.pattern !== designed && best.score - chosenAlt.score >= BETTER_MARGIN ? best : undefined;
  const rationale = [
    ...chosenAlt.pros.map(sentence),
    ...shown.filter((a) => a.pattern !== chosen && a.cons.length > 0).map((a) => `\`${a.pattern}\` scores ${a.score} against ${chosenAlt.score}: ${a.cons[0]}.`),
    ...(better ? [`The design chose \`${designed}\`, but \`${better.pattern}\` scores ${better.score} against ${chosenAlt.score}: ${better.pros[0] ?? 'it fits the stated constraints better'}.`] : []),
  ];
  return {
    ...base,
    alternatives: shown.sort(byScore),
    chosen,
    chosenBy: designed ? 'design' : 'archway',
    better: better?.pattern ?? null,
    ...(better ? { betterReason: better.pros[0] } : {}),
    rationale,
    risks: [],
  };
}

/** "How does the critical path stay up": found when the availability target is out of reach. */
function criticalPathDecision(design: Design, facts: Facts): Decision | undefined {
  const target = facts.availabilityTarget;
  if (target === undefined || facts.compositeInputs.length === 0 || facts.compositePercent >= target) return undefined;
  const critical = design.dependencies.filter((d) => facts.compositeInputs.some((i) => i.name === d.name));
  const bound = `${formatPercent(facts.compositePercent)} (below the ${formatPercent(target)} target)`;
  const read = critical.filter((d) => d.idempotent).sort((a, b) => a.availability!.percent - b.availability!.percent)[0];
  const write = critical.filter((d) => !d.idempotent && d.kind !== 'database').sort((a, b) => a.availability!.percent - b.availability!.percent)[0];
  const replicate = new Tally(45);
  if (read) {
    const lifted = compositeWithout(facts, read);
    replicate.pro(lifted >= target ? 30 : 10, `\`${read.name}\` is a read: serving it from a local replica or cache lifts the bound from ${formatPercent(facts.compositePercent)} to ${formatPercent(lifted)}`);
    const fresh = design.data.referenced.filter((d) => d.owner === read.name && d.freshness?.ms === 0);
    if (fresh.length) replicate.con(20, `${fresh.map((d) => `\`${d.name}\``).join(', ')} from \`${read.name}\` must be fresh at 0s, so the replica can only serve a degraded answer while \`${read.name}\` is down`);
  } else replicate.con(20, 'no critical dependency is a read that a replica could serve');
  const queue = new Tally(40);
  if (write) {
    const lifted = compositeWithout(facts, write);
    queue.pro(lifted >= target ? 20 : 5, `handing \`${write.name}\` off asynchronously lifts the bound from ${formatPercent(facts.compositePercent)} to ${formatPercent(lifted)}`);
    const strong = Object.entries(design.nfr.consistency).filter(([, level]) => level === 'strong').map(([n]) => `\`${n}\``);
    if (strong.length) queue.con(20, `${strong.join(', ')} must be strongly consistent, so the response cannot wait for \`${write.name}\` to finish later`);
  } else queue.con(20, 'no critical dependency is a write that could be handed off');
  const keep = new Tally(35).pro(5, 'no new component to build or operate').con(20, `the critical path stays bounded at ${bound}`);
  const ranked = [
    { pattern: 'replicate-data', ...replicate.done() },
    { pattern: 'command-queue', ...queue.done() },
    { pattern: 'sync-request-response', ...keep.done() },
  ].sort(byScore);
  return conclude({ id: 'critical-path-availability', question: `How does the critical path of ${design.service.name} stay up, when its dependencies allow at most ${bound}?`, subject: 'critical-path', kind: 'critical-path', pointer: '/nfr/availability' }, ranked, undefined);
}

/**
 * Every decision of a design: those it asks (`decisions`), one per outbound integration, per
 * referenced datum, the rollout, a multi-service write, and what a finding turns into a choice.
 */
export function decide(design: Design, _system: readonly Design[] = [design], _findings: readonly Finding[] = []): Decision[] {
  const facts = factsOf(design);
  const asked = new Map(design.decisions.map((d) => [d.subject ?? '', d]));
  const claimed = new Set<string>();
  const framing = (subject: string, fallbackId: string, question: string, pointer: string) => {
    const entry = asked.get(subject);
    if (entry) claimed.add(entry.id);
    return { id: entry?.id ?? fallbackId, question: entry?.question ?? question, subject, pointer: entry?.pointer ?? pointer };
  };
  const decisions: Decision[] = [];
  for (const dependency of design.dependencies) {
    if (dependency.direction === 'inbound' || dependency.kind === 'database' || dependency.kind === 'cache') continue;
    const input = { design, dependency, facts };
    decisions.push(
      conclude(
        { ...framing(dependency.name, `integration-${dependency.name}`, `How does ${design.service.name} integrate with \`${dependency.name}\`?`, dependency.pointer), kind: 'integration' },
        alternatives('integration', input),
        designedIntegration(dependency),
      ),
    );
  }
  for (const datum of design.data.referenced) {
    decisions.push(
      conclude(
        { ...framing(datum.name, `data-${datum.name}`, `Does ${design.service.name} own, replicate or query \`${datum.name}\`?`, datum.pointer), kind: 'data' },
        alternatives('data', { design, datum, facts }),
        designedData(datum),
      ),
    );
  }
  const remoteWrites = writes(design);
  if (remoteWrites.length >= 2) {
    decisions.push(
      conclude(
        { ...framing('multi-service-write', 'multi-service-write', `How do the writes to ${remoteWrites.map((d) => `\`${d.name}\``).join(', ')} stay consistent?`, remoteWrites[0].pointer), kind: 'consistency' },
        alternatives('consistency', { design, facts }),
        undefined,
      ),
    );
  }
  if (design.rollout) {
    const strategy = design.rollout.strategy;
    const designed = strategy && ['canary', 'blue-green', 'dark-launch'].includes(strategy) ? strategy : undefined;
    decisions.push(conclude({ ...framing('rollout', 'rollout', `How does a change of ${design.service.name} reach production?`, '/rollout'), kind: 'rollout' }, alternatives('rollout', { design, facts }), designed));
  }
  const critical = criticalPathDecision(design, facts);
  if (critical) decisions.push(critical);
  for (const entry of design.decisions.filter((d) => !claimed.has(d.id))) {
    const designed = entry.chosen && PATTERNS.some((p) => p.id === entry.chosen && p.kind === 'placement') ? entry.chosen : undefined;
    decisions.push(conclude({ id: entry.id, question: entry.question, subject: entry.subject ?? 'service', pointer: entry.pointer, kind: 'placement' }, alternatives('placement', { design, facts }), designed));
  }
  return decisions.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}
