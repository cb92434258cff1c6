import type { Severity } from '../core/diagnostic.js';
import type { RuleMeta } from '../core/rule.js';
import type { At, Visitor, WalkContext } from '../contracts/walk.js';

export type Preset = 'recommended' | 'strict';

export interface LintReport {
  /** Where the problem is written; defaults to the visited node. */
  at?: At;
  message: string;
  /** Which of the rule's messages this is, when it has several; fingerprints hash it, never the text. */
  messageId?: string;
  target?: 'key' | 'value';
  data?: Record<string, unknown>;
  fix?: string;
}

export interface LintRuleContext {
  report(ctx: WalkContext | { at: At }, report: LintReport): void;
}

/**
 * A contract-hygiene rule: metadata (docs and presets come from it), a bad and a good example
 * (small OpenAPI documents), and `create`, which returns the visitor the single walk calls.
 */
export interface LintRule extends RuleMeta {
  presets: readonly Preset[];
  /** `oas` rules apply to OpenAPI, `async` to AsyncAPI. */
  formats?: ReadonlyArray<'oas' | 'async'>;
  examples: { bad: string; good: string };
  create(context: LintRuleContext): Visitor;
}

export function defineLintRule(rule: LintRule): LintRule {
  return rule;
}

export type SeverityOverride = Severity | 'off';
