import type { Finding, Severity } from './diagnostic.js';
import type { LocateTarget } from './source.js';
import type { RuleMeta } from './rule.js';
import type { Design } from '../model/types.js';
import type { ContractReader } from '../contracts/reader.js';

/** The five stages of the review workflow, in the order they run and appear. */
export type StageId = 'constraints' | 'boundaries' | 'contracts' | 'failure-modes' | 'rollout';

export const STAGE_IDS: readonly StageId[] = ['constraints', 'boundaries', 'contracts', 'failure-modes', 'rollout'];

export interface ReviewOptions {
  /** Retry amplification above this factor is flagged. */
  maxRetryAmplification: number;
  /** Today, for anything date-dependent; injected so tests are deterministic. */
  today: string;
  /** A git ref whose contracts the current ones are compared with (`archway review --base`). */
  base?: string;
  /** The working directory: where `archway.config.yaml` is found, and what fingerprints fall back to. */
  cwd?: string;
  /** Read contracts outside the design's folder, and `$ref`s outside a contract's folder. */
  allowOutsideRoot?: boolean;
}

export const DEFAULT_REVIEW_OPTIONS: ReviewOptions = { maxRetryAmplification: 10, today: '1970-01-01' };

export interface DesignReport {
  /** JSON pointer into the design file the finding is about. */
  pointer: string;
  message: string;
  /** Which of the rule's messages this is, when it has several; fingerprints hash it, never the text. */
  messageId?: string;
  /** The design the pointer belongs to; defaults to the one under check. */
  design?: Design;
  /** Point at the key rather than its value (unknown keys, missing children). */
  target?: LocateTarget;
  data?: Record<string, unknown>;
  /** Other places the finding is about, in this or another design (a cross-service check points into both files). */
  related?: Array<{ design: Design; pointer: string }>;
  /** Overrides the rule's generic fix with one specific to this finding. */
  fix?: string;
  severity?: Severity;
}

export interface DesignRuleContext {
  /** The service under check (for system rules: the first design). */
  design: Design;
  /** Every design in the review; one element for a single-service review. */
  system: readonly Design[];
  options: ReviewOptions;
  /** The contracts the design names, parsed once per review. */
  contracts: ContractReader;
  report(report: DesignReport): void;
}

/**
 * A check over the design model (as opposed to a contract-lint rule, which visits contract
 * nodes). `scope: 'service'` runs once per design; `'system'` once per review.
 */
export interface DesignRule extends RuleMeta {
  stage: StageId;
  /** The check or test that proves a finding is fixed; feeds the verification plan. */
  verify: string;
  scope?: 'service' | 'system';
  /**
   * Complete design files: `bad` must trigger the rule, `good` must not. A system rule
   * gives several files per example.
   */
  examples: {
    bad: string | string[];
    good: string | string[];
    /** Files the examples refer to (contracts), by path relative to the design file. */
    files?: Record<string, string>;
  };
  check(ctx: DesignRuleContext): void;
}

export function defineDesignRule(rule: DesignRule): DesignRule {
  return rule;
}

export type { Finding };
