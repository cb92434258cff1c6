import type { RuleOption, RuleOptionValue } from '../core/rule.js';
import type { LintRule } from './rule.js';

/** Options a config gives rules, by rule id (only options the rule declares, already checked). */
export type RuleOptionsById = Record<string, Record<string, RuleOptionValue>>;

const SEVERITIES = ['error', 'warn', 'off'];

/** What is wrong with a value given for an option, or undefined when it fits. */
export function optionProblem(option: RuleOption, value: unknown): string | undefined {
  const strings = (v: unknown) => Array.isArray(v) && v.every((s) => typeof s === 'string');
  switch (option.kind) {
    case 'boolean':
      return typeof value === 'boolean' ? undefined : 'must be true or false';
    case 'strings':
      return strings(value) ? undefined : 'must be a list of strings';
    case 'severity':
      return typeof value === 'string' && SEVERITIES.includes(value) ? undefined : `must be one of ${SEVERITIES.join(', ')}`;
    case 'strings-by-key':
      return value !== null && typeof value === 'object' && !Array.isArray(value) && Object.values(value).every(strings)
        ? undefined
        : 'must be a mapping of lists of strings';
  }
}

/** A rule's options in force: the given ones over the defaults. */
export function optionsOf(rule: LintRule, given: Record<string, RuleOptionValue> | undefined): Record<string, RuleOptionValue> {
  const out: Record<string, RuleOptionValue> = {};
  for (const [name, option] of Object.entries(rule.options ?? {})) out[name] = given?.[name] ?? option.default;
  return out;
}
