/** archway's library API: each engine usable without the CLI. */
export type { Finding, Location, Position, Severity } from './core/diagnostic.js';
export { sortFindings, countBySeverity } from './core/diagnostic.js';
export { InputError, type InputProblem } from './core/input-error.js';
export type { RuleMeta } from './core/rule.js';

export { loadDesignFile, loadDesignText } from './model/load.js';
export { archwaySchema } from './model/schema.js';
export { parseDuration, parsePercent, parseSize, type Duration, type Percent, type Size } from './model/units.js';
export type * from './model/types.js';

export { review, reviewDesigns, type ReviewResult } from './review/pipeline.js';
export type { DesignRule, DesignRuleContext, ReviewOptions, StageId } from './review/rule.js';

export { formatFindings, FINDINGS_FORMATS, type FindingsFormat } from './report/formatters/index.js';
export { allRules, findRule, type RegisteredRule } from './registry.js';
