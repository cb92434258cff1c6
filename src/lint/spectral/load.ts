import { existsSync, readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { basename, dirname, extname, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { isMap, isSeq, parseDocument, type Document, type Node } from 'yaml';
import { InputError, type InputProblem } from '../../core/input-error.js';
import { LineIndex } from '../../core/positions.js';
import { readInputText } from '../../core/read-input.js';
import { displayPath, recursiveAlias } from '../../core/source.js';
import { readYamlEvents } from '../../core/yaml-events.js';
import { parsePointer } from '../../core/pointer.js';
import { PEER_RULESETS, type PeerRulesetId } from '../peers/index.js';
import { canonicalFormat, PEER_FORMATS, SPECTRAL_FORMATS_MODULE } from './formats.js';
import { loadEngines } from './jsonpath.js';
import { SPECTRAL_FUNCTIONS_MODULE } from './functions/index.js';
import { rulesetFunctionFactory } from './ruleset-function.js';
import { applyRuleEntries, parseFormats, parseSeverity, type RuleScope, type RulesetProblem } from './rules.js';
import type { ParserOptions, PeerSelection, RulesetFunction, RulesetOverride, SpectralRule, SpectralRuleset } from './types.js';

const TOP_KEYS = ['documentationUrl', 'description', 'rules', 'functions', 'functionsDir', 'formats', 'extends', 'parserOptions', 'overrides', 'aliases'];
const MODES = ['all', 'recommended', 'off'] as const;
type Mode = (typeof MODES)[number];
const MAX_RULESET_BYTES = 4 * 1024 * 1024;

/** The names Spectral's CLI looks for in the working directory. */
export const RULESET_FILE = /^\.?spectral\.(ya?ml|json|m?js)$/;

/** `.spectral.yaml` (or `.yml`, `.json`, `.js`, `.mjs`) in `cwd`, when there is one. */
export function discoverRuleset(cwd: string): string | undefined {
  for (const name of ['.spectral.yaml', '.spectral.yml', '.spectral.json', '.spectral.js', '.spectral.mjs']) {
    const path = resolve(cwd, name);
    if (existsSync(path)) return path;
  }
  return undefined;
}

/** Whether a parsed YAML/JSON file is a Spectral ruleset rather than an archway config (which has the same top keys). */
export function looksLikeSpectral(path: string, data: unknown): boolean {
  if (/\.(m?js|cjs)$/.test(path) || RULESET_FILE.test(basename(path))) return true;
  if (data === null || typeof data !== 'object' || Array.isArray(data)) return false;
  const d = data as Record<string, unknown>;
  if (['functions', 'functionsDir', 'aliases', 'formats', 'documentationUrl', 'parserOptions'].some((k) => k in d)) return true;
  const ext = Array.isArray(d.extends) ? d.extends : d.extends === undefined ? [] : [d.extends];
  if (ext.some((e) => e !== 'recommended' && e !== 'strict')) return true;
  return Object.values((d.rules as Record<string, unknown>) ?? {}).some(
    (v) => typeof v === 'boolean' || typeof v === 'number' || (v !== null && typeof v === 'object'),
  );
}

/** Where the parsed text of a ruleset came from, to place problems at a line and column. */
interface Located {
  shown: string;
  at(pointer: string): { line: number; column: number };
}

/**
 * Loads a Spectral ruleset (YAML, JSON or a JS module's default export), checks its shape and
 * flattens it: `extends` (files relative to it, npm packages, `spectral:oas`/`spectral:asyncapi`
 * mapped onto archway's rules), `functions`, `aliases`, `overrides`. Every problem is located; a
 * cycle of `extends` is skipped, as Spectral skips it.
 */
export async function loadSpectralRuleset(path: string, cwd: string): Promise<SpectralRuleset> {
  if (path === 'spectral:oas' || path === 'spectral:asyncapi') {
    const peers = new Map(PEER_RULESETS[path].rules.map((r) => [r.name, { name: r.name, enabled: r.recommended, severity: r.severity, archway: r.archway }]));
    // Named alone, a peer set is archway's built-in equivalents: their findings are archway's, with no Spectral parser or format results.
    return { file: path, rules: new Map(), peers, overrides: [], formats: [], parserOptions: { duplicateKeys: 'off', incompatibleValues: 'off' } };
  }
  const problems: InputProblem[] = [];
  const [ruleset] = await Promise.all([loadOne(resolve(cwd, path), cwd, [], problems), loadEngines()]);
  if (problems.length > 0) throw new InputError(problems);
  return ruleset;
}

async function readRuleset(path: string, cwd: string): Promise<{ data: unknown; where: Located }> {
  const shown = displayPath(path, cwd);
  if (/\.(m?js|cjs)$/.test(path)) {
    if (!existsSync(path) || !statSync(path).isFile())
      throw new InputError([{ location: { file: shown, pointer: '', line: 1, column: 1 }, message: 'ruleset file not found' }]);
    let module: { default?: unknown };
    try {
      const text = path.endsWith('.mjs') ? '' : readFileSync(path, 'utf8');
      module = path.endsWith('.cjs') || isCommonJs(text) ? (evaluateCommonJs(path, text) as { default?: unknown }) : await import(pathToFileURL(path).href);
    } catch (error) {
      throw new InputError([
        { location: { file: shown, pointer: '', line: 1, column: 1 }, message: `cannot load the ruleset module: ${(error as Error).message}` },
      ]);
    }
    return { data: module.default ?? module, where: { shown, at: () => ({ line: 1, column: 1 }) } };
  }
  const text = readInputText(path, { shown, what: 'ruleset file', maxBytes: MAX_RULESET_BYTES });
  // The contracts' fast path (js-yaml's events, YAML 1.2's core schema as `yaml` reads it): a
  // ruleset without aliases or syntax errors needs no `yaml` Document, which costs 20 ms cold.
  const fast = readYamlEvents(path, text, shown);
  if (fast) return { data: fast.root, where: { shown, at: (pointer) => fast.source.locate(pointer) } };
  const lines = new LineIndex(text);
  let doc: Document.Parsed;
  try {
    doc = parseDocument(text, { uniqueKeys: false });
  } catch (error) {
    throw new InputError([{ location: { file: shown, pointer: '', line: 1, column: 1 }, message: `cannot parse the ruleset: ${(error as Error).name}` }]);
  }
  if (doc.errors.length > 0)
    throw new InputError([
      { location: { file: shown, pointer: '', ...lines.positionAt(doc.errors[0].pos[0]) }, message: `cannot parse the ruleset: ${doc.errors[0].code}` },
    ]);
  const at = (pointer: string) => {
    let node = doc.contents as Node | null;
    for (const segment of parsePointer(pointer)) {
      let next: Node | null | undefined;
      if (isMap(node)) next = node.items.find((p) => String((p.key as { value?: unknown })?.value) === segment)?.value as Node | undefined;
      else if (isSeq(node)) next = node.items[Number(segment)] as Node | undefined;
      if (!next) break;
      node = next;
    }
    return lines.positionAt(node?.range?.[0] ?? 0);
  };
  const loop = recursiveAlias(doc, 'ruleset');
  if (loop) throw new InputError([{ location: { file: shown, pointer: '', ...lines.positionAt(loop.offset) }, message: loop.message }]);
  return { data: doc.toJS({ maxAliasCount: 100 }), where: { shown, at } };
}

async function loadOne(path: string, cwd: string, chain: string[], problems: InputProblem[]): Promise<SpectralRuleset> {
  const { data, where } = await readRuleset(path, cwd);
  const own: RulesetProblem[] = [];
  const flush = () => problems.push(...own.map((p) => ({ location: { file: where.shown, pointer: p.pointer, ...where.at(p.pointer) }, message: p.message })));
  const rules = new Map<string, SpectralRule>();
  const peers = new Map<string, PeerSelection>();
  const overrides: RulesetOverride[] = [];
  // Spectral's order: the ruleset's own formats, then each extended ruleset's, then those its rules name.
  const formatSet = new Set<string>();
  const ruleset: SpectralRuleset = { file: path, rules, peers, overrides, formats: [], parserOptions: { ...DEFAULT_PARSER_OPTIONS } };
  if (data === null || typeof data !== 'object' || Array.isArray(data)) {
    own.push({ pointer: '', message: 'a ruleset must be a mapping with extends, rules or overrides' });
    flush();
    return ruleset;
  }
  const d = data as Record<string, unknown>;
  for (const key of Object.keys(d))
    if (!TOP_KEYS.includes(key) && !key.startsWith('x-')) own.push({ pointer: `/${key}`, message: `unknown key "${key}" (expected ${TOP_KEYS.join(', ')})` });
  if (!('extends' in d) && !('rules' in d) && !('overrides' in d)) own.push({ pointer: '', message: 'a ruleset must have extends, rules or overrides' });

  const formats = d.formats === undefined ? undefined : parseFormats(d.formats, (message) => own.push({ pointer: '/formats', message }));
  for (const format of formats ?? []) formatSet.add(canonicalFormat(format));
  ruleset.parserOptions = parserOptions(d.parserOptions, own);

  // extends
  let extendsPeer = false;
  const entries = d.extends === undefined ? [] : Array.isArray(d.extends) ? d.extends : [d.extends];
  for (const [i, entry] of entries.entries()) {
    const pointer = Array.isArray(d.extends) ? `/extends/${i}` : '/extends';
    const [target, mode] = Array.isArray(entry) ? (entry as [unknown, unknown]) : [entry, 'recommended'];
    if (!MODES.includes(mode as Mode)) {
      own.push({ pointer, message: 'an extends entry is a ruleset or [ruleset, all | recommended | off]' });
      continue;
    }
    const peer = peerOf(target);
    if (peer) {
      extendsPeer = true;
      for (const format of PEER_FORMATS[peer as keyof typeof PEER_FORMATS] ?? []) formatSet.add(format);
      for (const rule of PEER_RULESETS[peer].rules) {
        const enabled = mode === 'all' || (mode === 'recommended' && rule.recommended);
        peers.set(rule.name, { name: rule.name, enabled, severity: rule.severity, archway: rule.archway });
      }
      continue;
    }
    if (typeof target !== 'string') {
      own.push({ pointer, message: 'an extends entry must name a ruleset file, a package or spectral:oas / spectral:asyncapi' });
      continue;
    }
    if (/^spectral:/.test(target)) {
      own.push({ pointer, message: `${target} is not supported (spectral:oas and spectral:asyncapi are)` });
      continue;
    }
    if (/^https?:/i.test(target)) {
      own.push({ pointer, message: 'a ruleset is never fetched from the network: download it and extend the file' });
      continue;
    }
    const file = locateExtended(target, path);
    if (!file) {
      own.push({ pointer, message: `cannot find the ruleset "${target}" (relative to this ruleset, or an installed package)` });
      continue;
    }
    if (file === path || chain.includes(file)) continue;
    const child = await loadOne(file, cwd, [...chain, path], problems);
    extendsPeer ||= child.peers.size > 0;
    for (const [name, rule] of child.rules)
      rules.set(name, { ...rule, enabled: mode === 'all' ? true : mode === 'off' ? false : rule.enabled && rule.recommended });
    for (const [name, selection] of child.peers) peers.set(name, { ...selection, enabled: mode === 'off' ? false : selection.enabled });
    overrides.push(...child.overrides);
    for (const format of child.formats) formatSet.add(format);
  }

  // functions
  const functions = new Map<string, RulesetFunction>();
  if (d.functions !== undefined) {
    if (!Array.isArray(d.functions) || !d.functions.every((f) => typeof f === 'string'))
      own.push({ pointer: '/functions', message: 'functions must be a list of names' });
    else {
      const dir = resolve(dirname(path), typeof d.functionsDir === 'string' ? d.functionsDir : 'functions');
      for (const [i, name] of (d.functions as string[]).entries()) {
        const file = resolve(dir, `${name}.js`);
        try {
          const fn = await loadFunction(file);
          if (typeof fn !== 'function') own.push({ pointer: `/functions/${i}`, message: `${displayPath(file, cwd)} does not export a function` });
          else functions.set(name, fn as RulesetFunction);
        } catch (error) {
          own.push({ pointer: `/functions/${i}`, message: `cannot load the function ${displayPath(file, cwd)}: ${(error as Error).message}` });
        }
      }
    }
  }

  const aliases = new Map<string, unknown>();
  if (d.aliases !== undefined) {
    if (d.aliases === null || typeof d.aliases !== 'object')
      own.push({ pointer: '/aliases', message: 'aliases must be a mapping of name to given expressions' });
    else
      for (const [name, value] of Object.entries(d.aliases)) {
        const pointer = `/aliases/${name}`;
        if (!/^[A-Za-z][A-Za-z0-9_-]*$/.test(name)) own.push({ pointer, message: `alias name "${name}" must match ^[A-Za-z][A-Za-z0-9_-]*$` });
        else if (Array.isArray(value) && value.length > 0 && value.every((g) => typeof g === 'string')) aliases.set(name, value);
        else if (value && typeof value === 'object' && Array.isArray((value as { targets?: unknown }).targets)) {
          const targets = (value as { targets: Array<{ formats?: unknown; given?: unknown }> }).targets.map((t) => ({
            formats: parseFormats(t.formats, (message) => own.push({ pointer, message })) ?? [],
            given: Array.isArray(t.given) ? (t.given as string[]) : typeof t.given === 'string' ? [t.given] : [],
          }));
          aliases.set(name, { targets });
        } else own.push({ pointer, message: `alias "${name}" must be a list of given expressions or { targets: [{ formats, given }] }` });
      }
  }

  const scope: RuleScope = {
    file: path,
    functions,
    aliases,
    ...(formats ? { formats } : {}),
    ...(typeof d.documentationUrl === 'string' ? { documentationUrl: d.documentationUrl } : {}),
    peers,
    extendsPeer,
    problems: own,
  };
  if (d.rules !== undefined) {
    if (d.rules === null || typeof d.rules !== 'object' || Array.isArray(d.rules))
      own.push({ pointer: '/rules', message: 'rules must be a mapping of rule name to definition or severity' });
    else {
      applyRuleEntries(rules, d.rules as Record<string, unknown>, scope);
      for (const name of Object.keys(d.rules)) for (const format of rules.get(name)?.formats ?? []) formatSet.add(canonicalFormat(format));
    }
  }
  ruleset.formats = [...formatSet];

  if (d.overrides !== undefined) {
    if (!Array.isArray(d.overrides)) own.push({ pointer: '/overrides', message: 'overrides must be a list of { files, rules }' });
    else
      for (const [i, entry] of d.overrides.entries()) {
        const o = entry as Record<string, unknown>;
        const files = o?.files;
        if (!Array.isArray(files) || files.length === 0 || !files.every((f) => typeof f === 'string')) {
          own.push({ pointer: `/overrides/${i}`, message: 'an override needs files: a list of globs or file#/pointer entries' });
          continue;
        }
        for (const key of Object.keys(o))
          if (key !== 'files' && key !== 'rules')
            own.push({ pointer: `/overrides/${i}/${key}`, message: `overrides: "${key}" is not supported (files and rules are)` });
        if ((files as string[]).some((f) => f.includes('#')) && Object.values((o.rules as object) ?? {}).some((v) => v !== null && typeof v === 'object'))
          own.push({ pointer: `/overrides/${i}/rules`, message: 'a file#/pointer override may only set severities' });
        overrides.push({ files: files as string[], base: dirname(path), rules: (o.rules as Record<string, unknown>) ?? {}, definedIn: where.shown });
      }
  }
  flush();
  return ruleset;
}

const DEFAULT_PARSER_OPTIONS: ParserOptions = { duplicateKeys: 'error', incompatibleValues: 'error' };

/** `parserOptions`: each key a severity by name or number (Spectral's defaults: error). */
function parserOptions(value: unknown, own: RulesetProblem[]): ParserOptions {
  const options = { ...DEFAULT_PARSER_OPTIONS };
  if (value === undefined) return options;
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    own.push({ pointer: '/parserOptions', message: 'parserOptions must be a mapping of duplicateKeys and incompatibleValues to severities' });
    return options;
  }
  for (const [key, severity] of Object.entries(value)) {
    const pointer = `/parserOptions/${key}`;
    if (key !== 'duplicateKeys' && key !== 'incompatibleValues')
      own.push({ pointer, message: `unknown parser option "${key}" (expected duplicateKeys, incompatibleValues)` });
    else {
      const parsed = parseSeverity(severity);
      if (parsed === undefined) own.push({ pointer, message: `${key} must be a severity: error, warn, info, hint, off, or 0–3, -1` });
      else options[key] = parsed;
    }
  }
  return options;
}

function peerOf(target: unknown): PeerRulesetId | undefined {
  if (target === 'spectral:oas' || target === 'spectral:asyncapi') return target;
  // A JS ruleset imports Spectral's own objects: know them by their rules.
  const rules = (target as { rules?: Record<string, unknown> } | null)?.rules;
  if (rules && typeof rules === 'object') {
    if ('oas3-schema' in rules) return 'spectral:oas';
    if ('asyncapi-schema' in rules) return 'spectral:asyncapi';
  }
  return undefined;
}

function locateExtended(target: string, from: string): string | undefined {
  const local = resolve(dirname(from), target);
  if (existsSync(local) && statSync(local).isFile()) return local;
  if (target.startsWith('.') || target.startsWith('/') || (extname(target) !== '' && !target.includes('/'))) return undefined;
  try {
    return createRequire(from).resolve(target);
  } catch {
    return undefined;
  }
}

/**
 * Spectral's packages as a CommonJS ruleset or function `require`s them: archway's functions,
 * formats and `createRulesetFunction` (loading the installed packages costs about half a second);
 * what archway does not implement comes from the installed package, loaded only when asked for.
 */
function builtinModule(name: string, requireFrom: NodeJS.Require): unknown {
  const own =
    name === '@stoplight/spectral-functions'
      ? SPECTRAL_FUNCTIONS_MODULE
      : name === '@stoplight/spectral-formats'
        ? SPECTRAL_FORMATS_MODULE
        : name === '@stoplight/spectral-core'
          ? { createRulesetFunction: rulesetFunctionFactory(() => (requireFrom(name) as { createRulesetFunction: never }).createRulesetFunction) }
          : undefined;
  if (!own) return undefined;
  return new Proxy(own, {
    get: (target, key) =>
      typeof key !== 'string' || key in target || key === '__esModule'
        ? (target as Record<string | symbol, unknown>)[key]
        : (requireFrom(name) as Record<string, unknown>)[key],
  });
}

/** A CommonJS module's exports, evaluated with a `require` that provides Spectral's packages as archway implements them. */
function evaluateCommonJs(file: string, text: string): unknown {
  const requireFrom = createRequire(file);
  const module = { exports: {} as unknown };
  const shim = (name: string) => builtinModule(name, requireFrom) ?? requireFrom(name);
  new Function('module', 'exports', 'require', '__filename', '__dirname', text)(module, module.exports, shim, file, dirname(file));
  return module.exports;
}

/** Whether a `.js` file is written as CommonJS (Spectral bundles a ruleset or function as such whatever the package type says). */
function isCommonJs(text: string): boolean {
  return !/^\s*export\s/m.test(text) && /\b(module\.exports|exports\.)/.test(text);
}

/**
 * A function module: ESM (`export default`) is imported; CommonJS (`module.exports`), which
 * Spectral bundles whatever the package type says, is evaluated with a `require` that knows
 * `@stoplight/spectral-functions`.
 */
async function loadFunction(file: string): Promise<unknown> {
  const text = readFileSync(file, 'utf8');
  if (!isCommonJs(text)) {
    const module = await import(pathToFileURL(file).href);
    return module.default?.default ?? module.default ?? module;
  }
  const exported = evaluateCommonJs(file, text) as { default?: unknown };
  return typeof exported === 'function' ? exported : (exported.default ?? exported);
}
