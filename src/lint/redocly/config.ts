/**
 * `redocly.yaml` as an archway lint config: `extends` (Redocly's built-in configs), `rules` with
 * Redocly's rule names mapped to archway's equivalents, configurable rules (`rule/<name>`) and
 * per-API `apis:` rules. What archway cannot honour is a located warning, never a crash; what
 * Redocly itself would refuse is a located error.
 */
import { basename, dirname, relative, resolve, sep } from 'node:path';
import { isMap, isScalar, isSeq, type Document, type Node, type YAMLMap } from 'yaml';
import { InputError, type InputProblem } from '../../core/input-error.js';
import type { LineIndex } from '../../core/positions.js';
import type { LintConfig } from '../config.js';
import type { RuleOptionValue } from '../../core/rule.js';
import type { LintRule, SeverityOverride } from '../rule.js';
import { optionProblem } from '../rule-options.js';
import { configurableRule, DefinitionProblem, type ConfigurableRuleDefinition } from './configurable-rule.js';
import { LINT_RULES } from '../rules/index.js';
import { archwayEquivalents, presetRules, REDOCLY_PRESETS, type RedoclyPreset } from './presets.js';

/** A Redocly config by its name: `redocly.yaml`, `.redocly.yaml`, `team.redocly.yml`. */
export const isRedoclyConfig = (path: string) => /(^|[./_-])redocly\.ya?ml$/i.test(basename(path));

const SEVERITIES = ['error', 'warn', 'off'];
const ARCHWAY_IDS = new Set(LINT_RULES.map((r) => r.id));
/** Keys of a Redocly config that change no lint result archway computes: read silently. */
const QUIET = new Set(['theme', 'openapi', 'telemetry', 'organization', 'region', 'files', 'resolve', 'seo', 'redirects']);

export function readRedoclyConfig(doc: Document.Parsed, lines: LineIndex, shown: string, path: string, cwd: string | undefined): LintConfig {
  const problems: InputProblem[] = [];
  const warnings: InputProblem[] = [];
  const located = (node: Node | null | undefined, message: string): InputProblem => ({
    location: { file: shown, pointer: '', ...lines.positionAt(node?.range?.[0] ?? 0) },
    message,
  });
  const error = (node: Node | null | undefined, message: string) => void problems.push(located(node, message));
  const warn = (node: Node | null | undefined, message: string) => void warnings.push(located(node, message));

  const config: LintConfig = { extends: 'recommended', rules: {}, ignore: [], overrides: [], extraRules: [], warnings };
  const extraRules: LintRule[] = [];
  const root = doc.contents;
  if (root !== null && root !== undefined && !isMap(root)) throw new InputError([located(root, 'a Redocly config must be a mapping')]);
  const top = (root as YAMLMap | null) ?? undefined;

  // Redocly without `extends` starts from `recommended`.
  let presets: RedoclyPreset[] = ['recommended'];
  const extendsNode = top?.get('extends', true) as Node | undefined;
  if (extendsNode !== undefined) {
    const items = isSeq(extendsNode) ? (extendsNode.items as Node[]) : [extendsNode];
    presets = [];
    for (const item of items) {
      const name = isScalar(item) ? item.value : undefined;
      if (typeof name === 'string' && (REDOCLY_PRESETS as readonly string[]).includes(name)) presets.push(name as RedoclyPreset);
      else warn(item, `extends: only Redocly's built-in configs (${REDOCLY_PRESETS.join(', ')}) are read; this entry is ignored`);
    }
  }
  const base = new Map<string, SeverityOverride>();
  for (const preset of presets) for (const [name, severity] of presetRules(preset)) base.set(name, severity);

  /** Redocly rule names and configurable rules → archway ids and severities. */
  /** Options written beside a Redocly rule's severity, by rule name (`rules:` at the top only). */
  const optionNodes = new Map<string, YAMLMap>();
  const rulesOf = (
    node: Node | null | undefined,
    where: string,
    defined: Map<string, SeverityOverride>,
    options?: Map<string, YAMLMap>,
  ): Record<string, SeverityOverride> => {
    const out: Record<string, SeverityOverride> = {};
    if (node === null || node === undefined) return out;
    if (!isMap(node)) return (error(node, `${where} must be a mapping of rule names`), out);
    for (const pair of node.items) {
      const keyNode = pair.key as Node;
      const name = isScalar(keyNode) ? String(keyNode.value) : '';
      const value = pair.value as Node | null;
      if (name.startsWith('rule/')) {
        const rule = configurable(name, value, where);
        if (rule) out[rule.id] = rule.severity;
        continue;
      }
      const severity = severityOf(value);
      if (severity === undefined) {
        error(value ?? keyNode, `${where}.${name}: severity must be one of ${SEVERITIES.join(', ')}`);
        continue;
      }
      defined.set(name, severity);
      if (!isMap(value) || !value.items.some((p) => !isScalar(p.key) || p.key.value !== 'severity')) continue;
      if (options) options.set(name, value);
      else warn(value, `${where}.${name}: options are read from the top-level rules only; ignored here`);
    }
    return out;
  };
  /** A Redocly rule's options → the options of the archway rules it maps to that declare them. */
  const optionsOf = (name: string, node: YAMLMap, ids: readonly string[]) => {
    const rules = ids.map((id) => LINT_RULES.find((r) => r.id === id)).filter((r): r is LintRule => r !== undefined);
    for (const pair of node.items) {
      const option = isScalar(pair.key) ? String(pair.key.value) : '';
      if (option === 'severity') continue;
      const takers = rules.filter((r) => r.options?.[option] !== undefined);
      if (takers.length === 0) {
        warn(pair.key as Node, `rules.${name}.${option}: not an option archway's equivalent reads; ignored`);
        continue;
      }
      const value: unknown = (pair.value as Node | null)?.toJSON();
      for (const rule of takers) {
        const problem = optionProblem(rule.options![option], value);
        if (problem) error((pair.value as Node | null) ?? (pair.key as Node), `rules.${name}.${option} ${problem}`);
        else ((config.options ??= {})[rule.id] ??= {})[option] = value as RuleOptionValue;
      }
    }
  };
  const configurable = (id: string, value: Node | null, where: string): { id: string; severity: SeverityOverride } | undefined => {
    if (!isMap(value)) return void error(value, `${where}.${id} must be a mapping with subject and assertions`);
    const definition = value.toJSON() as ConfigurableRuleDefinition;
    const severity = definition.severity === undefined ? 'error' : definition.severity;
    if (!SEVERITIES.includes(severity))
      return void error(value.get('severity', true) as Node, `${where}.${id}.severity must be one of ${SEVERITIES.join(', ')}`);
    try {
      if (!extraRules.some((r) => r.id === id)) extraRules.push(configurableRule(id, definition));
      return { id, severity: severity as SeverityOverride };
    } catch (problem) {
      if (!(problem instanceof DefinitionProblem)) throw problem;
      const node = (value.getIn(problem.path, true) as Node | undefined) ?? value;
      (problem.kind === 'error' ? error : warn)(node, `${where}.${id}: ${problem.message}`);
      return undefined;
    }
  };
  /** Redocly names → archway ids; a name with no equivalent is a warning at the name. */
  const mapped = (names: Map<string, SeverityOverride>, node: Node | null | undefined, where: string, reported: boolean): Record<string, SeverityOverride> => {
    const out: Record<string, SeverityOverride> = {};
    for (const [name, severity] of names) {
      // An archway rule id works too: a Redocly config can tune archway's own rules.
      const ids = archwayEquivalents(name) ?? (ARCHWAY_IDS.has(name) ? [name] : undefined);
      if (reported && (ids === undefined || ids.length === 0)) {
        const keyNode = isMap(node) ? (node.items.find((p) => isScalar(p.key) && p.key.value === name)?.key as Node) : undefined;
        warn(
          keyNode,
          `${where}.${name}: ${ids === undefined ? 'neither a Redocly built-in rule archway knows nor an archway rule' : 'has no archway equivalent yet'}; ignored`,
        );
      }
      for (const id of ids ?? []) out[id] = severity;
      const options = reported && where === 'rules' ? optionNodes.get(name) : undefined;
      if (options && ids?.length) optionsOf(name, options, ids);
    }
    return out;
  };

  const userNames = new Map<string, SeverityOverride>();
  const rulesNode = top?.get('rules', true) as Node | undefined;
  const own = rulesOf(rulesNode, 'rules', userNames, optionNodes);
  config.rules = { ...mapped(base, undefined, 'extends', false), ...mapped(userNames, rulesNode, 'rules', true), ...own };

  const apis = top?.get('apis', true) as Node | undefined;
  if (apis !== undefined && !isMap(apis)) error(apis, 'apis must be a mapping of API names');
  for (const pair of isMap(apis) ? apis.items : []) {
    const api = pair.value as Node | null;
    const name = String((pair.key as { value?: unknown })?.value);
    if (!isMap(api)) {
      error(api ?? (pair.key as Node), `apis.${name} must be a mapping with root and rules`);
      continue;
    }
    const rootValue = (api.get('root', true) as Node | undefined) ?? undefined;
    if (!isScalar(rootValue) || typeof rootValue.value !== 'string') {
      error(rootValue ?? api, `apis.${name}.root must name the API's file`);
      continue;
    }
    const names = new Map<string, SeverityOverride>();
    const apiRules = api.get('rules', true) as Node | undefined;
    const ownRules = rulesOf(apiRules, `apis.${name}.rules`, names);
    const file = relative(cwd ?? dirname(path), resolve(dirname(path), rootValue.value))
      .split(sep)
      .join('/');
    config.overrides.push({ files: file, rules: { ...mapped(names, apiRules, `apis.${name}.rules`, true), ...ownRules } });
  }
  // A configurable rule defined only under an API is off everywhere else.
  for (const rule of extraRules) if (!(rule.id in config.rules)) config.rules[rule.id] = 'off';

  for (const pair of top?.items ?? []) {
    const key = isScalar(pair.key) ? String(pair.key.value) : '';
    if (!['extends', 'rules', 'apis'].includes(key) && !QUIET.has(key)) warn(pair.key as Node, `${key} is not read by archway; ignored`);
  }
  if (problems.length > 0) throw new InputError(problems);
  config.extraRules = extraRules;
  return config;
}

/** A rule's severity: a word, or `{ severity }` beside its options (no severity: Redocly's `error`). */
function severityOf(node: Node | null): SeverityOverride | undefined {
  const value = isMap(node) ? (node.get('severity') ?? 'error') : isScalar(node) ? node.value : undefined;
  return typeof value === 'string' && SEVERITIES.includes(value) ? (value as SeverityOverride) : undefined;
}
