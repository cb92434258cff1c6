import { configPathFor, DEFAULT_CONFIG, loadLintConfig, type LintConfig } from './config.js';
import { loadPlugins } from './plugins.js';
import type { LintRule, Preset } from './rule.js';
import { LINT_RULES } from './rules/index.js';
import { discoverRuleset, loadSpectralRuleset } from './spectral/load.js';
import type { SpectralRuleset } from './spectral/types.js';

/** Everything a contract is linted with: the config (its plugins loaded) and the Spectral rulesets to run. */
export interface LintSetup {
  config: LintConfig;
  rulesets: readonly SpectralRuleset[];
  /** The config file read, when there is one. */
  configPath?: string;
}

export interface LintSetupOptions {
  /** A config file named on the command line (relative to `cwd`), in place of the one found in `cwd`. */
  config?: string;
  /** `--ruleset recommended|strict`: this preset in place of the config's. */
  preset?: Preset;
  /** `--ruleset <Spectral ruleset>|spectral:oas|spectral:asyncapi`: the one ruleset to run, in place of the config's. */
  ruleset?: string;
}

/** No config, no ruleset: the recommended built-ins. */
export const DEFAULT_SETUP: LintSetup = { config: DEFAULT_CONFIG, rulesets: [] };

/**
 * The one loader `archway lint` and `archway review` share, so both judge a contract alike. All
 * is found from `cwd`, as Spectral and Redocly find theirs: `archway.config.yaml` (else
 * `redocly.yaml`) with its plugins and `extends` rulesets; with no config and nothing named, a
 * `.spectral.yaml` there. Every problem is a located InputError (exit 2).
 */
export async function loadLintSetup(cwd: string, options: LintSetupOptions = {}): Promise<LintSetup> {
  const configPath = configPathFor(cwd, options.config);
  let config = configPath ? loadLintConfig(configPath, undefined, cwd) : DEFAULT_CONFIG;
  if (options.preset) config = { ...config, extends: options.preset };
  config = await loadPlugins(config, LINT_RULES);
  const discovered = options.preset === undefined && options.ruleset === undefined && configPath === undefined ? discoverRuleset(cwd) : undefined;
  const named = options.ruleset ?? discovered;
  if (named !== undefined) config = { ...config, extends: 'none', rulesets: [named] };
  const rulesets = await Promise.all((config.rulesets ?? []).map((r) => loadSpectralRuleset(r, cwd)));
  return { config, rulesets, ...(configPath ? { configPath } : {}) };
}

/** The rules a setup can report: the built-ins and the config's own (plugins, Redocly configurable rules). */
export function setupRules(setup: LintSetup): readonly LintRule[] {
  return [...LINT_RULES, ...(setup.config.extraRules ?? [])];
}
