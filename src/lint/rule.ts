import type { Severity } from '../core/diagnostic.js';
import type { RuleMeta, RuleOptionValue } from '../core/rule.js';
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
  /** This finding's severity when an option sets it (component-name-unique's per-kind severities); else the rule's. */
  severity?: Severity;
}

export interface LintRuleContext {
  report(ctx: WalkContext | { at: At }, report: LintReport): void;
  /** The rule's options: the config's, checked against `options`, else their defaults. */
  options: Readonly<Record<string, RuleOptionValue>>;
}

/**
 * A contract-hygiene rule: metadata (docs and presets come from it), a bad and a good example
 * (small OpenAPI documents), and `create`, which returns the visitor the single walk calls.
 */
export interface LintRule extends RuleMeta {
  presets: readonly Preset[];
  /** `oas` rules apply to OpenAPI, `async` to AsyncAPI. */
  formats?: ReadonlyArray<'oas' | 'async'>;
  /** `options`: what the examples are linted with, when not the defaults. */
  examples: { bad: string; good: string; options?: Record<string, RuleOptionValue> };
  create(context: LintRuleContext): Visitor;
}

export function defineLintRule(rule: LintRule): LintRule {
  return rule;
}

export type SeverityOverride = Severity | 'off';
