/** archway's library API: each engine usable without the CLI. */
export type { Finding, Location, Position, Severity } from './core/diagnostic.js';
export { sortFindings, countBySeverity } from './core/diagnostic.js';
export { InputError, type InputProblem } from './core/input-error.js';
export type { RuleMeta } from './core/rule.js';

export { loadDesignFile, loadDesignText } from './model/load.js';
export { archwaySchema } from './model/schema.js';
export { parseDuration, parsePercent, parseSize, type Duration, type Percent, type Size } from './model/units.js';
export type * from './model/types.js';

export { review, reviewDesigns, type ReviewResult, type ReviewRunOptions } from './review/pipeline.js';
export type { DesignRule, DesignRuleContext, ReviewOptions, StageId } from './core/design-rule.js';

export { formatFindings, FINDINGS_FORMATS, type FindingsFormat } from './report/formatters/index.js';
export { allRules, findRule, type RegisteredRule } from './registry.js';

export { loadContract, ContractDocument, type ContractKind, type LoadOptions } from './contracts/load.js';
export { lintContract, lintWithRulesets } from './lint/run.js';
export { loadLintSetup, type LintSetup, type LintSetupOptions } from './lint/setup.js';
export { loadLintConfig, DEFAULT_CONFIG, type LintConfig } from './lint/config.js';
export { LINT_RULES } from './lint/rules/index.js';
export { defineLintRule, type LintRule, type LintRuleContext, type LintReport } from './lint/rule.js';
export type { At, NodeKind, OperationInfo, Visitor, WalkContext } from './contracts/walk.js';
export { loadPlugins } from './lint/plugins.js';

export {
  diffContracts,
  failsAt,
  CHECKS as DIFF_CHECKS,
  type DiffOptions,
  type DiffResult,
  type Change,
  type DiffSide,
  type Level,
  type RolloutPlan,
} from './diff/index.js';
export { openContracts, type OpenedContracts } from './diff/load.js';
export { sideFromContract } from './diff/side.js';
export { formatDiff, type DiffFormatContext } from './diff/format/index.js';
