export { discoverRuleset, loadSpectralRuleset, looksLikeSpectral, RULESET_FILE } from './load.js';
export { runRuleset, type RulesetRun } from './run.js';
export type { SpectralRule, SpectralRuleset } from './types.js';
