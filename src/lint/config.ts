import { existsSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import picomatch from 'picomatch';
import { isMap, isSeq, parseDocument, type Document, type Node, type YAMLMap } from 'yaml';
import type { Location } from '../core/diagnostic.js';
import type { RuleOptionValue } from '../core/rule.js';
import { inputError, InputError, type InputProblem } from '../core/input-error.js';
import { LineIndex } from '../core/positions.js';
import { readInputText } from '../core/read-input.js';
import { displayPath } from '../core/source.js';
import type { LintRule, Preset, SeverityOverride } from './rule.js';
import { isRedoclyConfig, readRedoclyConfig } from './redocly/config.js';
import { LINT_RULES } from './rules/index.js';
import { optionProblem, type RuleOptionsById } from './rule-options.js';

/** `archway.config.yaml`: a preset to extend, severity overrides, ignores, per-file overrides. */
export interface LintConfig {
  /** The built-in preset; `none` when only Spectral rulesets are named (they select built-ins through the peer tables). */
  extends: Preset | 'none';
  /** Spectral rulesets named in `extends`: absolute paths, or `spectral:oas` / `spectral:asyncapi`. */
  rulesets?: string[];
  rules: Record<string, SeverityOverride>;
  /** Rule options set beside a severity (`rules: { request-mime-type: { severity: warn, allowedValues: [...] } }`), checked. */
  options?: RuleOptionsById;
  ignore: Array<{ files?: string; pointer?: string; rules?: string[] }>;
  overrides: Array<{ files: string; rules: Record<string, SeverityOverride> }>;
  /** Rules the config itself brings (Redocly configurable rules, loaded plugins), beside the built-ins. */
  extraRules?: readonly LintRule[];
  /** Plugin modules to load, each where the config names it: `loadPlugins` turns them into `extraRules`. */
  plugins?: Array<{ module: string; location: Location }>;
  /** What the config asks and archway cannot honour: located, printed, never fatal. */
  warnings?: InputProblem[];
}

export const DEFAULT_CONFIG: LintConfig = { extends: 'recommended', rules: {}, ignore: [], overrides: [] };

export const CONFIG_FILE = 'archway.config.yaml';
/** A config is a few lines; anything larger is not one (and must not cost memory or time). */
export const MAX_CONFIG_BYTES = 1024 * 1024;
/** picomatch is linear in the pattern; a cap keeps planted patterns cheap all the same. */
export const MAX_GLOB_LENGTH = 1000;

const SEVERITIES = ['error', 'warn', 'info', 'hint', 'off'];
const TOP_KEYS = ['extends', 'rules', 'ignore', 'overrides', 'plugins'];
/** Redocly's config, read when there is no archway config. */
export const REDOCLY_CONFIG_FILE = 'redocly.yaml';

/**
 * The config file to read: `explicit` (relative to `cwd`) when given, else `archway.config.yaml`
 * in `cwd`, else `redocly.yaml` there (a team's Redocly config works as it is).
 */
export function configPathFor(cwd: string, explicit?: string): string | undefined {
  if (explicit !== undefined) return resolve(cwd, explicit);
  // Only looked at, never opened here: opening a planted FIFO would block. The loader refuses what is not a regular file.
  return [CONFIG_FILE, REDOCLY_CONFIG_FILE].map((name) => resolve(cwd, name)).find((found) => existsSync(found));
}

/**
 * Loads and checks a config. Every problem is located (`file:line:column`) and names what was
 * expected, never the file's content: the config may be a file the user did not write.
 */
export function loadLintConfig(path: string, knownRules: ReadonlySet<string> = new Set(LINT_RULES.map((r) => r.id)), cwd?: string): LintConfig {
  const shown = displayPath(path, cwd);
  const text = readInputText(path, { shown, what: 'config file', maxBytes: MAX_CONFIG_BYTES });
  const lines = new LineIndex(text);
  const problems: InputProblem[] = [];
  const at = (node: Node | null | undefined, message: string) => {
    const offset = node?.range?.[0] ?? 0;
    problems.push({ location: { file: shown, pointer: '', ...lines.positionAt(offset) }, message });
  };
  let doc: Document.Parsed;
  try {
    // yaml's duplicate-key check is quadratic; a repeated key simply takes the later value.
    doc = parseDocument(text, { uniqueKeys: false });
  } catch (error) {
    throw inputError(shown, `cannot parse the config: ${(error as Error).name}`);
  }
  if (doc.errors.length > 0) {
    const error = doc.errors[0];
    throw new InputError([{ location: { file: shown, pointer: '', ...lines.positionAt(error.pos[0]) }, message: `cannot parse the config: ${error.code}` }]);
  }
  if (isRedoclyConfig(path)) return readRedoclyConfig(doc, lines, shown, path, cwd);
  const config: LintConfig = { ...DEFAULT_CONFIG, rules: {}, ignore: [], overrides: [] };
  const root = doc.contents;
  // Plugin rules are known only once loaded: their ids are checked then (`loadPlugins`).
  if (isMap(root) && root.has('plugins')) knownRules = { has: () => true } as unknown as ReadonlySet<string>;
  if (root === null || root === undefined) return config;
  if (!isMap(root))
    throw new InputError([
      { location: { file: shown, pointer: '', line: 1, column: 1 }, message: 'config must be a mapping of extends, rules, ignore, overrides' },
    ]);

  const glob = (node: Node | null | undefined, where: string): string | undefined => {
    const value = scalar(node);
    if (typeof value !== 'string' || value === '') return void at(node, `${where} must be a glob string`);
    if (value.length > MAX_GLOB_LENGTH) return void at(node, `${where} is longer than ${MAX_GLOB_LENGTH} characters`);
    return value;
  };
  /** `{ severity, <option>: value… }` for a rule with options: its severity, its options into `options`. */
  const withOptions = (id: string, node: YAMLMap, where: string, options: RuleOptionsById): SeverityOverride | undefined => {
    const rule = LINT_RULES.find((r) => r.id === id);
    let severity: SeverityOverride | undefined = rule?.severity;
    for (const field of node.items) {
      const name = String(scalar(field.key as Node));
      const value = field.value as Node | null;
      const option = rule?.options?.[name];
      if (name === 'severity') {
        const given = scalar(value);
        if (typeof given === 'string' && SEVERITIES.includes(given)) severity = given as SeverityOverride;
        else at(value ?? (field.key as Node), `${where}.${id}.severity must be one of ${SEVERITIES.join(', ')}`);
      } else if (!option)
        at(
          field.key as Node,
          `${where}.${id}: unknown option ${name} (expected severity${Object.keys(rule?.options ?? {})
            .map((o) => `, ${o}`)
            .join('')})`,
        );
      else {
        const given: unknown = value?.toJSON();
        const problem = optionProblem(option, given);
        if (problem) at(value ?? (field.key as Node), `${where}.${id}.${name} ${problem}`);
        else (options[id] ??= {})[name] = given as RuleOptionValue;
      }
    }
    return severity;
  };
  const severities = (node: Node | null | undefined, where: string, options?: RuleOptionsById): Record<string, SeverityOverride> => {
    const out: Record<string, SeverityOverride> = {};
    if (node === null || node === undefined) return out;
    if (!isMap(node)) return (at(node, `${where} must be a mapping of rule id to severity`), out);
    for (const pair of node.items) {
      const id = scalar(pair.key as Node);
      const severity = scalar(pair.value as Node);
      if (typeof id !== 'string' || !knownRules.has(id)) at(pair.key as Node, `${where}: unknown rule id (archway explain --list shows them)`);
      else if (options && isMap(pair.value)) {
        const set = withOptions(id, pair.value, where, options);
        if (set) out[id] = set;
      } else if (typeof severity !== 'string' || !SEVERITIES.includes(severity))
        at((pair.value as Node) ?? (pair.key as Node), `${where}: severity must be one of ${SEVERITIES.join(', ')}`);
      else out[id] = severity as SeverityOverride;
    }
    return out;
  };
  const ruleList = (node: Node | null | undefined, where: string): string[] | undefined => {
    if (!isSeq(node)) return void at(node, `${where} must be a list of rule ids`);
    const ids: string[] = [];
    for (const item of node.items as Node[]) {
      const id = scalar(item);
      if (typeof id !== 'string' || !knownRules.has(id)) at(item, `${where}: unknown rule id (archway explain --list shows them)`);
      else ids.push(id);
    }
    return ids;
  };
  const entries = (node: Node | null | undefined, key: string, each: (entry: Node, where: string) => void) => {
    if (node === null || node === undefined) return;
    if (!isSeq(node)) return at(node, `${key} must be a list`);
    (node.items as Node[]).forEach((item, i) => (isMap(item) ? each(item, `${key}[${i}]`) : at(item ?? node, `${key}[${i}] must be a mapping`)));
  };

  for (const pair of root.items) {
    const key = scalar(pair.key as Node);
    const value = pair.value as Node | null;
    if (key === 'extends') {
      const items = isSeq(value) ? (value.items as Node[]) : [value];
      let preset: Preset | undefined;
      const rulesets: string[] = [];
      for (const item of items) {
        const name = scalar(item);
        if (name === 'recommended' || name === 'strict') {
          if (preset) at(item, 'extends names one preset (recommended or strict)');
          preset = name;
        } else if (name === 'spectral:oas' || name === 'spectral:asyncapi') rulesets.push(name);
        else if (typeof name === 'string' && /\.(ya?ml|json|m?js|cjs)$/.test(name)) {
          const file = resolve(dirname(path), name);
          if (!existsSync(file)) at(item, `extends: the ruleset file ${name} does not exist (relative to this config)`);
          else rulesets.push(file);
        } else
          at(item ?? (pair.key as Node), 'extends must be recommended, strict, spectral:oas, spectral:asyncapi or a Spectral ruleset file (or a list of them)');
      }
      config.extends = preset ?? (rulesets.length > 0 ? 'none' : 'recommended');
      if (rulesets.length > 0) config.rulesets = rulesets;
    } else if (key === 'rules') {
      config.options = {};
      config.rules = severities(value, 'rules', config.options);
    } else if (key === 'ignore') {
      entries(value, 'ignore', (entry, where) => {
        const out: LintConfig['ignore'][number] = {};
        for (const field of (entry as any).items) {
          const name = scalar(field.key);
          if (name === 'files') out.files = glob(field.value, `${where}.files`);
          else if (name === 'pointer') {
            const pointer = scalar(field.value);
            if (typeof pointer !== 'string' || (pointer !== '' && !pointer.startsWith('/')))
              at(field.value ?? field.key, `${where}.pointer must be a JSON pointer ("" or starting with /)`);
            else out.pointer = pointer;
          } else if (name === 'rules') out.rules = ruleList(field.value, `${where}.rules`);
          else at(field.key, `${where}: unknown key (expected files, pointer, rules)`);
        }
        config.ignore.push(out);
      });
    } else if (key === 'overrides') {
      entries(value, 'overrides', (entry, where) => {
        let files: string | undefined;
        let rules: Record<string, SeverityOverride> = {};
        for (const field of (entry as any).items) {
          const name = scalar(field.key);
          if (name === 'files') files = glob(field.value, `${where}.files`);
          else if (name === 'rules') rules = severities(field.value, `${where}.rules`);
          else at(field.key, `${where}: unknown key (expected files, rules)`);
        }
        config.overrides.push({ files: files ?? '**', rules });
      });
    } else if (key === 'plugins') {
      if (!isSeq(value)) at(value ?? (pair.key as Node), 'plugins must be a list of module paths');
      else
        config.plugins = (value.items as Node[]).flatMap((item) => {
          const module = scalar(item);
          const location = { file: shown, pointer: '', ...lines.positionAt(item?.range?.[0] ?? 0) };
          if (typeof module === 'string' && module !== '') return [{ module: resolve(dirname(path), module), location }];
          return (at(item, 'plugins: each entry must be a module path (relative to the config file)'), []);
        });
    } else at(pair.key as Node, `unknown key (expected ${TOP_KEYS.join(', ')})`);
  }
  if (problems.length > 0) throw new InputError(problems);
  return config;
}

/** A scalar node's value; undefined for a mapping, a list or nothing. */
function scalar(node: Node | null | undefined): unknown {
  return node && 'value' in node && !isMap(node) && !isSeq(node) ? (node as { value: unknown }).value : undefined;
}

const matchers = new Map<string, (path: string) => boolean>();

/**
 * Whether a path (relative, forward slashes) matches a glob, as picomatch reads it: `*`, `**`,
 * `?`, `{yaml,json}`, `[ab]`; `api/**` matches `api` too, and a leading `./` on either side is ignored.
 */
export function globMatches(glob: string, path: string): boolean {
  let match = matchers.get(glob);
  if (!match) {
    if (glob.length > MAX_GLOB_LENGTH) return false;
    match = picomatch(glob.replace(/^(\.\/)+/, ''), { dot: true });
    matchers.set(glob, match);
  }
  return match(path.replace(/^(\.\/)+/, ''));
}
