import type { Dependency, Design, ReferencedData } from '../model/types.js';

export type DecisionKind = 'integration' | 'consistency' | 'placement' | 'data' | 'rollout' | 'critical-path';

/** What is being decided and the facts every pattern scores against, computed once per design. */
export interface ScoreInput {
  design: Design;
  dependency?: Dependency;
  datum?: ReferencedData;
  facts: Facts;
}

export interface Facts {
  peakRps?: number;
  availabilityTarget?: number;
  /** Product of the critical synchronous dependencies' availabilities, 0–100. */
  compositePercent: number;
  compositeInputs: Array<{ name: string; percent: number }>;
  p99Ms?: number;
}

export interface Scored {
  score: number;
  /** Each sentence cites the input or figure it rests on. */
  pros: string[];
  cons: string[];
}

/** One entry of the catalogue: when it fits, what it costs, how it fails, and how it scores. */
export interface Pattern {
  id: string;
  name: string;
  kind: DecisionKind;
  fits: string;
  costs: string;
  failureModes: string[];
  /** How the main failure mode is mitigated, and the test that proves it. */
  mitigation: string;
  verification: string;
  score(input: ScoreInput): Scored;
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
