import { formatName, functionFormatName } from './formats.js';
import { CORE_FUNCTIONS, CORE_OF } from './functions/index.js';
import type { PeerSelection, RulesetFunction, SpectralRule, SpectralSeverity, Then } from './types.js';

/** A problem in a ruleset, at a JSON pointer into it; the loader places it at a line and column. */
export interface RulesetProblem {
  pointer: string;
  message: string;
}

export class RulesetProblems extends Error {
  constructor(readonly problems: RulesetProblem[]) {
    super(problems.map((p) => p.message).join('; '));
  }
}

const RULE_KEYS = [
  'description',
  'documentationUrl',
  'recommended',
  'given',
  'then',
  'resolved',
  'severity',
  'message',
  'tags',
  'formats',
  'type',
  'extensions',
];
const SEVERITY_NAMES = ['error', 'warn', 'info', 'hint', 'off'];

/** `error`…`hint`, `off`, or Spectral's numbers (0 error … 3 hint, -1 off); undefined when it is none of these. */
export function parseSeverity(value: unknown): SpectralSeverity | undefined {
  if (typeof value === 'string' && SEVERITY_NAMES.includes(value)) return value as SpectralSeverity;
  if (value === -1) return 'off';
  if (typeof value === 'number' && Number.isInteger(value) && value >= 0 && value <= 3) return (['error', 'warn', 'info', 'hint'] as const)[value];
  return undefined;
}

export interface RuleScope {
  /** The ruleset file the entries are written in. */
  file: string;
  functions: ReadonlyMap<string, RulesetFunction>;
  aliases: ReadonlyMap<string, unknown>;
  /** The ruleset's own `formats`, the default of the rules it defines. */
  formats?: string[];
  documentationUrl?: string;
  peers: Map<string, PeerSelection>;
  /** A peer ruleset is extended: names archway has not mapped yet are accepted, not errors. */
  extendsPeer: boolean;
  problems: RulesetProblem[];
}

const ptr = (name: string, ...rest: Array<string | number>) =>
  ['/rules', name, ...rest]
    .map((s) => String(s).replace(/~/g, '~0').replace(/\//g, '~1'))
    .join('/')
    .replace(/^~1rules/, '/rules');

/**
 * Applies a ruleset's `rules:` to the rules it inherited, as Spectral does: a boolean enables or
 * disables, a severity sets it (and enables unless `off`), an object defines a rule or is
 * assigned over the inherited one.
 */
export function applyRuleEntries(rules: Map<string, SpectralRule>, entries: Record<string, unknown>, scope: RuleScope): void {
  for (const [name, value] of Object.entries(entries)) {
    const existing = rules.get(name);
    const peer = scope.peers.get(name);
    if (value !== null && typeof value === 'object' && !Array.isArray(value)) {
      const definition = value as Record<string, unknown>;
      if (!existing && (!('given' in definition) || !('then' in definition))) {
        if (peer) {
          const severity = 'severity' in definition ? parseSeverity(definition.severity) : peer.severity;
          scope.peers.set(name, { ...peer, enabled: severity !== 'off', severity: severity ?? peer.severity });
        } else if (!scope.extendsPeer) scope.problems.push({ pointer: ptr(name), message: `rule "${name}": a new rule needs given and then` });
        continue;
      }
      const parsed = parseRule(name, definition, scope, existing);
      if (parsed) {
        rules.set(name, parsed);
        // A full definition under a peer's name replaces the peer rule.
        if (peer) scope.peers.set(name, { ...peer, enabled: false });
      }
    } else if (typeof value === 'boolean' || parseSeverity(value) !== undefined) {
      const severity = typeof value === 'boolean' ? undefined : parseSeverity(value)!;
      if (existing) rules.set(name, { ...existing, enabled: typeof value === 'boolean' ? value : severity !== 'off', ...(severity ? { severity } : {}) });
      else if (peer) scope.peers.set(name, { ...peer, enabled: typeof value === 'boolean' ? value : severity !== 'off', ...(severity ? { severity } : {}) });
      else if (scope.extendsPeer) scope.peers.set(name, { name, enabled: false, severity: 'off', archway: [] });
      else scope.problems.push({ pointer: ptr(name), message: `rule "${name}": cannot extend a rule no ruleset defines` });
    } else
      scope.problems.push({
        pointer: ptr(name),
        message: `rule "${name}" must be a rule definition, a severity (error, warn, info, hint, off, 0–3, -1) or a boolean`,
      });
  }
}

function parseRule(name: string, definition: Record<string, unknown>, scope: RuleScope, existing: SpectralRule | undefined): SpectralRule | undefined {
  const before = scope.problems.length;
  const problem = (message: string, ...at: Array<string | number>) =>
    void scope.problems.push({ pointer: ptr(name, ...at), message: `rule "${name}": ${message}` });
  for (const key of Object.keys(definition))
    if (!RULE_KEYS.includes(key) && !key.startsWith('x-')) problem(`unknown key "${key}" (expected ${RULE_KEYS.join(', ')})`, key);
  const rule: SpectralRule = existing
    ? { ...existing, enabled: true }
    : {
        name,
        severity: 'warn',
        recommended: true,
        enabled: true,
        given: [],
        then: [],
        resolved: true,
        definedIn: scope.file,
        ...(scope.formats ? { formats: scope.formats } : {}),
      };
  if ('given' in definition) {
    const given = typeof definition.given === 'string' ? [definition.given] : definition.given;
    if (!Array.isArray(given) || given.length === 0 || !given.every((g) => typeof g === 'string'))
      problem('given must be a JSONPath string or a non-empty list of them', 'given');
    else
      rule.given = given.flatMap((g, i) =>
        expandGiven(g as string, scope, (message) => problem(message, 'given', ...(Array.isArray(definition.given) ? [i] : []))),
      );
  }
  if ('then' in definition) {
    const thens = Array.isArray(definition.then) ? definition.then : [definition.then];
    rule.then = thens.flatMap((then, i) => {
      const at = Array.isArray(definition.then) ? ['then', i] : ['then'];
      const parsed = parseThen(then, scope, (message, ...more) => problem(message, ...at, ...more));
      return parsed ? [parsed] : [];
    });
  }
  if ('severity' in definition) {
    const severity = parseSeverity(definition.severity);
    if (severity === undefined) problem('severity must be error, warn, info, hint, off or 0–3, -1', 'severity');
    else rule.severity = severity;
  }
  for (const key of ['description', 'message', 'documentationUrl'] as const) {
    if (!(key in definition)) continue;
    if (typeof definition[key] !== 'string') problem(`${key} must be a string`, key);
    else rule[key] = definition[key] as string;
  }
  for (const key of ['recommended', 'resolved'] as const) {
    if (!(key in definition)) continue;
    if (typeof definition[key] !== 'boolean') problem(`${key} must be true or false`, key);
    else rule[key] = definition[key] as boolean;
  }
  if ('formats' in definition) {
    const formats = parseFormats(definition.formats, (message) => problem(message, 'formats'));
    if (formats) rule.formats = formats;
  }
  if (rule.documentationUrl === undefined && scope.documentationUrl) rule.documentationUrl = `${scope.documentationUrl}#${name}`;
  return scope.problems.length === before ? rule : undefined;
}

export function parseFormats(value: unknown, problem: (message: string) => void): string[] | undefined {
  if (!Array.isArray(value)) return void problem('formats must be a list of format names');
  const out: string[] = [];
  for (const item of value) {
    const name =
      typeof item === 'string'
        ? formatName(item)
        : typeof item === 'function'
          ? functionFormatName(item as (document: unknown, source: string | null) => unknown)
          : undefined;
    if (!name) return void problem(`unknown format ${JSON.stringify(item)} (oas2, oas3, oas3_0, oas3_1, asyncapi2, aas2_0…aas2_6, aas3, aas3_0, json-schema…)`);
    out.push(name);
  }
  return out;
}

const ALIAS_USE = /^#([A-Za-z][A-Za-z0-9_-]*)(.*)$/s;

/** A `given` with its `#Alias` prefix replaced (aliases may nest; a cycle is an error). */
function expandGiven(given: string, scope: RuleScope, problem: (message: string) => void, chain: string[] = []): string[] {
  if (given.startsWith('$')) return [given];
  const use = ALIAS_USE.exec(given);
  if (!use) return (problem(`given "${given}" must start with $ or #Alias`), []);
  const [, name, rest] = use;
  if (chain.includes(name)) return (problem(`alias "${name}" refers to itself (${[...chain, name].join(' → ')})`), []);
  const alias = scope.aliases.get(name);
  if (alias === undefined) return (problem(`alias "${name}" is not defined`), []);
  // Targeted aliases pick their expressions by the document's format when the rule runs.
  const targets = alias as { targets?: Array<{ formats: string[]; given: string[] }> };
  const list: string[] = Array.isArray(alias)
    ? (alias as string[])
    : (targets.targets ?? []).flatMap((t) => t.given.map((g) => `${TARGETED}${t.formats.join(',')}${TARGETED}${g}`));
  return list.flatMap((g) => {
    const [prefix, expression] = splitTargeted(g);
    return expandGiven(expression + rest, scope, problem, [...chain, name]).map((e) => prefix + e);
  });
}

/** Marks a given that comes from an alias target: `\u0000oas2,oas3\u0000$.paths`; run time keeps those of the last matching target. */
export const TARGETED = '\u0000';

export function splitTargeted(given: string): [string, string] {
  if (!given.startsWith(TARGETED)) return ['', given];
  const end = given.indexOf(TARGETED, 1);
  return [given.slice(0, end + 1), given.slice(end + 1)];
}

function parseThen(then: unknown, scope: RuleScope, problem: (message: string, ...at: Array<string | number>) => void): Then | undefined {
  if (then === null || typeof then !== 'object' || Array.isArray(then)) return void problem('then must be a mapping with function');
  const t = then as Record<string, unknown>;
  for (const key of Object.keys(t))
    if (!['function', 'functionOptions', 'field'].includes(key)) problem(`unknown key "${key}" in then (expected function, functionOptions, field)`, key);
  if ('field' in t && typeof t.field !== 'string') return void problem('field must be a string', 'field');
  let functionName: string;
  let fn: RulesetFunction | undefined;
  let check: ((o: unknown) => string | undefined) | undefined;
  if (typeof t.function === 'function') {
    // A JS ruleset imports Spectral's own functions: run archway's implementation of a core one.
    functionName = (t.function as { name: string }).name;
    const core = CORE_OF.get(t.function) ?? ('schemas' in (t.function as object) ? CORE_FUNCTIONS.get(functionName) : undefined);
    fn = core?.run ?? (t.function as RulesetFunction);
    check = core?.checkOptions;
  } else if (typeof t.function === 'string') {
    functionName = t.function;
    const custom = scope.functions.get(functionName);
    const core = CORE_FUNCTIONS.get(functionName);
    fn = custom ?? core?.run;
    check = custom ? undefined : core?.checkOptions;
    if (!fn) return void problem(`unknown function "${functionName}" (a core function, or one named in functions:)`, 'function');
  } else return void problem('then.function must name a function', 'function');
  const message = check?.(t.functionOptions ?? null);
  if (message) return void problem(message, 'functionOptions');
  return {
    functionName,
    fn,
    ...(t.field !== undefined ? { field: t.field as string } : {}),
    ...(t.functionOptions !== undefined ? { functionOptions: t.functionOptions } : {}),
  };
}

/** An override's `rules:` for the files it names: switches and severities of the ruleset's rules. */
export function applyOverrideEntries(rules: Map<string, SpectralRule>, entries: Record<string, unknown>): void {
  for (const [name, value] of Object.entries(entries)) {
    const rule = rules.get(name);
    if (!rule) continue;
    if (typeof value === 'boolean') rules.set(name, { ...rule, enabled: value });
    else {
      const severity =
        parseSeverity(value) ?? (value !== null && typeof value === 'object' ? parseSeverity((value as { severity?: unknown }).severity) : undefined);
      if (severity) rules.set(name, { ...rule, severity, enabled: severity !== 'off' });
    }
  }
}
