import { existsSync } from 'node:fs';
import { parse } from 'yaml';
import { inputError } from '../core/input-error.js';
import { readInputText } from '../core/read-input.js';
import { displayPath } from '../core/source.js';
import type { Preset, SeverityOverride } from './rule.js';

/** `archway.config.yaml`: a preset to extend, severity overrides, ignores, per-file overrides. */
export interface LintConfig {
  extends: Preset;
  rules: Record<string, SeverityOverride>;
  ignore: Array<{ files?: string; pointer?: string; rules?: string[] }>;
  overrides: Array<{ files: string; rules: Record<string, SeverityOverride> }>;
}

export const DEFAULT_CONFIG: LintConfig = { extends: 'recommended', rules: {}, ignore: [], overrides: [] };

const SEVERITIES = ['error', 'warn', 'info', 'hint', 'off'];

export function loadLintConfig(path: string, knownRules: ReadonlySet<string>): LintConfig {
  const shown = displayPath(path);
  if (!existsSync(path)) throw inputError(shown, 'config file does not exist');
  const text = readInputText(path, { shown, what: 'config file' });
  let raw: any;
  try {
    raw = parse(text, { maxAliasCount: 100 }) ?? {};
  } catch (error) {
    throw inputError(shown, `cannot parse the config: ${(error as Error).message.split('\n')[0]}`);
  }
  const config: LintConfig = { ...DEFAULT_CONFIG, rules: {}, ignore: [], overrides: [] };
  if (raw.extends !== undefined) {
    if (raw.extends !== 'recommended' && raw.extends !== 'strict') throw inputError(shown, `extends must be recommended or strict, got ${JSON.stringify(raw.extends)}`);
    config.extends = raw.extends;
  }
  const checkRules = (rules: unknown, where: string) => {
    for (const [id, severity] of Object.entries((rules ?? {}) as Record<string, unknown>)) {
      if (!knownRules.has(id)) throw inputError(shown, `${where}: unknown rule "${id}" (archway explain --list shows them)`);
      if (!SEVERITIES.includes(String(severity))) throw inputError(shown, `${where}: severity of "${id}" must be one of ${SEVERITIES.join(', ')}`);
    }
    return (rules ?? {}) as Record<string, SeverityOverride>;
  };
  config.rules = checkRules(raw.rules, 'rules');
  config.ignore = Array.isArray(raw.ignore) ? raw.ignore : [];
  config.overrides = (Array.isArray(raw.overrides) ? raw.overrides : []).map((o: any, i: number) => ({ files: String(o.files ?? '**'), rules: checkRules(o.rules, `overrides[${i}]`) }));
  return config;
}

/** `*` within a path segment, `**` across segments. */
export function globMatches(glob: string, path: string): boolean {
  const body = glob
    .split('/')
    .map((segment) => (segment === '**' ? '(?:.*)' : segment.replace(/[.+^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '[^/]*').replace(/\?/g, '[^/]')))
    .join('/')
    .replace(/\(\?:\.\*\)\//g, '(?:.*/)?');
  return new RegExp(`^${body}$`).test(path);
}
