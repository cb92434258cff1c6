import type { Dependency, Design, ReferencedData } from '../model/types.js';

/** The kind of question a pattern answers; a decision offers patterns of one kind. */
export type DecisionKind = 'integration' | 'consistency' | 'placement' | 'data' | 'rollout' | 'degradation' | 'tenancy' | 'webhook-delivery' | 'export';

/** Why an alternative cannot meet a hard constraint: the constraint and its arithmetic, and what would have to move. */
export interface Infeasible {
  because: string;
  /** The constraint that must change for the alternative to become feasible, and by how much. */
  move: string;
}

/** What is being decided and the facts every pattern scores against, computed once per design. */
export interface ScoreInput {
  design: Design;
  /** Every design of the review: who owns the services this one talks to. */
  system: readonly Design[];
  facts: Facts;
  /** The dependency an integration decision is about. */
  dependency?: Dependency;
  /** The referenced datum a data decision is about. */
  datum?: ReferencedData;
  /** The capability a placement decision is about (a `decisions` entry's subject). */
  subject?: string;
}

export interface Facts {
  peakRps?: number;
  /** nfr.availability, 0–100. */
  availabilityTarget?: number;
  /** Product of the critical synchronous dependencies' availabilities, 0–100. */
  compositePercent: number;
  compositeInputs: Array<{ name: string; percent: number }>;
  p99Ms?: number;
  /** Topics and queues the service already publishes to or consumes: a broker it already runs. */
  brokered: string[];
  /** Calls on the request path that change another service's state (see writes.ts). */
  writes: Dependency[];
}

export interface Scored {
  /** 0–100. */
  score: number;
  /** Each sentence cites the input or figure it rests on. */
  pros: string[];
  cons: string[];
}

/** A pattern as scored for one decision. */
export interface Alternative extends Scored {
  pattern: string;
  feasible: boolean;
  /** The hard constraint the alternative breaks, with its arithmetic; null when feasible. */
  infeasibleBecause: string | null;
  /** What must move for it to become feasible; null when feasible. */
  move: string | null;
}

/** One entry of the catalogue: when it fits, what it costs, how it fails, and how it scores. */
export interface Pattern {
  /** Stable kebab-case id; never renamed. */
  id: string;
  name: string;
  decisionKind: DecisionKind;
  whenItFits: string;
  costs: string;
  failureModes: string[];
  /** How the first failure mode is mitigated, and the test that proves it (risks cite both). */
  mitigation: string;
  verification: string;
  score(input: ScoreInput): Scored;
  /** The hard constraints (latency, availability, freshness, consistency, throughput) the pattern cannot meet here. */
  feasibility?(input: ScoreInput): Infeasible | null;
}

export function definePattern(pattern: Pattern): Pattern {
  return pattern;
}

/** Accumulates a score from a base with reasons, so every point is explained. */
export class Tally {
  score: number;
  readonly pros: string[] = [];
  readonly cons: string[] = [];

  constructor(base: number) {
    this.score = base;
  }

  pro(points: number, reason: string): this {
    this.score += points;
    this.pros.push(reason);
    return this;
  }

  con(points: number, reason: string): this {
    this.score -= points;
    this.cons.push(reason);
    return this;
  }

  done(): Scored {
    return { score: Math.max(0, Math.min(100, this.score)), pros: this.pros, cons: this.cons };
  }
}
