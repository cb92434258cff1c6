export { lintContract, lintWithRulesets, activeRules, peerSeverities } from './run.js';
export { configPathFor, loadLintConfig, DEFAULT_CONFIG, type LintConfig } from './config.js';
export { LINT_RULES } from './rules/index.js';
export { readBaseline, writeBaseline } from './baseline.js';
export type { LintRule, Preset } from './rule.js';
