/**
 * Your own rules in TypeScript: `plugins: [./rules/my-rules.js]` in archway.config.yaml names ES
 * modules whose exports are `defineLintRule` objects, the shape of the built-in rules. They are
 * imported relative to the config file and run in the same single walk. A module that cannot be
 * imported, or that exports anything but rules, is a located input error (exit 2).
 */
import { statSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import type { Location } from '../core/diagnostic.js';
import { InputError, type InputProblem } from '../core/input-error.js';
import type { LintConfig } from './config.js';
import type { LintRule } from './rule.js';

const SEVERITIES = ['error', 'warn', 'info', 'hint'];
const PRESETS = ['recommended', 'strict'];
/** Plugin ids: kebab-case, optionally namespaced (`acme/no-x`), so they never pass for another tool's. */
const ID = /^[a-z0-9]+(-[a-z0-9]+)*(\/[a-z0-9]+(-[a-z0-9]+)*)?$/;

/** Why a value is not a lint rule, or undefined when it is one. */
function notARule(value: unknown): string | undefined {
  if (value === null || typeof value !== 'object') return 'is not a rule object';
  const rule = value as Partial<LintRule>;
  if (typeof rule.id !== 'string' || !ID.test(rule.id)) return 'has no kebab-case `id`';
  if (typeof rule.create !== 'function') return `(${rule.id}) has no \`create\` function`;
  if (typeof rule.severity !== 'string' || !SEVERITIES.includes(rule.severity)) return `(${rule.id}) \`severity\` must be one of ${SEVERITIES.join(', ')}`;
  if (!Array.isArray(rule.presets) || rule.presets.some((p) => !PRESETS.includes(p))) return `(${rule.id}) \`presets\` must be a list of recommended, strict`;
  for (const field of ['category', 'description', 'rationale', 'fix'] as const)
    if (typeof rule[field] !== 'string' || rule[field] === '') return `(${rule.id}) has no \`${field}\``;
  if (rule.formats !== undefined && (!Array.isArray(rule.formats) || rule.formats.some((f) => f !== 'oas' && f !== 'async')))
    return `(${rule.id}) \`formats\` must be a list of oas, async`;
  return undefined;
}

/** The rules a module exports: its default export (a rule or a list of rules) and its named exports. */
function exportedRules(namespace: Record<string, unknown>): Array<{ name: string; value: unknown }> {
  return Object.entries(namespace).flatMap(([name, value]) =>
    name === 'default' && Array.isArray(value) ? value.map((v, i) => ({ name: `default[${i}]`, value: v })) : [{ name, value }],
  );
}

/**
 * Imports the config's plugins and returns the config with their rules added. Rule ids must not
 * clash with the built-ins' or each other's; the config's `rules`, `ignore` and `overrides` may
 * name plugin rules, and are checked against them once they are known.
 */
export async function loadPlugins(config: LintConfig, builtins: readonly LintRule[]): Promise<LintConfig> {
  if (!config.plugins?.length) return config;
  const problems: InputProblem[] = [];
  const fail = (location: Location, message: string) => void problems.push({ location, message });
  const known = new Set(builtins.map((r) => r.id));
  const rules: LintRule[] = [...(config.extraRules ?? [])];
  for (const { module, location } of config.plugins) {
    let isFile = false;
    try {
      isFile = statSync(module).isFile();
    } catch {
      // Missing: said below.
    }
    if (!isFile) {
      fail(location, 'plugin module not found (paths are relative to the config file)');
      continue;
    }
    let namespace: Record<string, unknown>;
    try {
      namespace = (await import(pathToFileURL(module).href)) as Record<string, unknown>;
    } catch (error) {
      // The module's own error, first line only: a stack would bury the location.
      fail(location, `plugin module failed to load: ${String((error as Error)?.message ?? error).split('\n')[0]}`);
      continue;
    }
    const exported = exportedRules(namespace);
    if (exported.length === 0) fail(location, 'plugin module exports no rules (export defineLintRule objects)');
    for (const { name, value } of exported) {
      const why = notARule(value);
      if (why) fail(location, `plugin export \`${name}\` ${why}`);
      else if (known.has((value as LintRule).id)) fail(location, `plugin rule id ${(value as LintRule).id} is already taken`);
      else {
        known.add((value as LintRule).id);
        rules.push(value as LintRule);
      }
    }
  }
  if (problems.length === 0) {
    const named = [
      ...Object.keys(config.rules),
      ...config.overrides.flatMap((o) => Object.keys(o.rules)),
      ...config.ignore.flatMap((entry) => entry.rules ?? []),
    ];
    // Not echoed: the config may be a file the user did not write.
    if (named.some((id) => !known.has(id)))
      fail(
        config.plugins[0].location,
        'the config names a rule id that neither the built-ins nor these plugins define (archway explain --list shows the built-ins)',
      );
  }
  if (problems.length > 0) throw new InputError(problems);
  return { ...config, extraRules: rules };
}
