import { relative } from 'node:path';
import picomatch from 'picomatch';
import type { Finding, Severity } from '../../core/diagnostic.js';
import { findingFingerprint } from '../../core/fingerprint.js';
import { InputError } from '../../core/input-error.js';
import { joinPointer } from '../../core/pointer.js';
import { displayPath } from '../../core/source.js';
import type { ContractDocument, ContractFile } from '../../contracts/load.js';
import { formatDisplayName, matchesFormat } from './formats.js';
import { LOCAL_FUNCTIONS } from './functions/index.js';
import { queryAll, queryField, toPath, type Scope } from './jsonpath.js';
import { fillMessage, printDotPath, printPointer, type MessageValues } from './message.js';
import { parserDiagnostics } from './parser-diagnostics.js';
import { associateRaw, closestPath, rawAt, referencedTargets, ResolvedDocument, type Association } from './resolved.js';
import { applyOverrideEntries, splitTargeted, TARGETED } from './rules.js';
import type { FunctionContext, FunctionResult, JsonPath, SpectralRule, SpectralRuleset, SpectralSeverity } from './types.js';

export interface RulesetRun {
  findings: Finding[];
  /** Results of functions that answered with a Promise. */
  pending: Array<Promise<void>>;
}

/** The rules in force for one file: the ruleset's, then each override whose globs match it; and the `file#/pointer` severities. */
export function rulesForFile(
  ruleset: SpectralRuleset,
  file: string,
): { rules: Map<string, SpectralRule>; pointers: Map<string, Array<{ pointer: string; severity: SpectralSeverity }>> } {
  let rules = ruleset.rules;
  const pointers = new Map<string, Array<{ pointer: string; severity: SpectralSeverity }>>();
  for (const override of ruleset.overrides) {
    const rel = relative(override.base, file).split('\\').join('/');
    let matched = false;
    for (const glob of override.files) {
      const hash = glob.indexOf('#');
      if (hash === -1) {
        if (picomatch(glob, { basename: true, dot: true })(rel)) matched = true;
      } else if (picomatch(glob.slice(0, hash), { basename: true, dot: true })(rel)) {
        for (const [name, value] of Object.entries(override.rules)) {
          const severity = severityOf(value);
          if (severity) pointers.set(name, [...(pointers.get(name) ?? []), { pointer: glob.slice(hash), severity }]);
        }
      }
    }
    if (matched) {
      rules = new Map(rules);
      applyOverrideEntries(rules, override.rules);
    }
  }
  return { rules, pointers };
}

function severityOf(value: unknown): SpectralSeverity | undefined {
  if (value === false || value === 'off' || value === -1) return 'off';
  if (typeof value === 'string' && ['error', 'warn', 'info', 'hint'].includes(value)) return value as SpectralSeverity;
  if (typeof value === 'number') return (['error', 'warn', 'info', 'hint'] as const)[value];
  return undefined;
}

/**
 * Runs a Spectral ruleset's own rules (not the peer rules it selects: archway's built-ins run
 * those) over one contract: one traversal of the resolved document for the `resolved` rules, one
 * of the raw root file for the others.
 */
export function runRuleset(doc: ContractDocument, ruleset: SpectralRuleset, cwd?: string): RulesetRun {
  const { rules, pointers } = rulesForFile(ruleset, doc.rootFile.path);
  const root = doc.rootFile.root;
  const active = [...rules.values()].filter((r) => r.enabled && r.severity !== 'off' && (!r.formats || r.formats.some((f) => matchesFormat(f, root))));
  const findings: Finding[] = [];
  const pending: Array<Promise<void>> = [];
  documentFindings(doc, ruleset, cwd, findings);
  if (active.length === 0) return { findings, pending };

  let resolved: ResolvedDocument | undefined;
  let targets: Set<string> | undefined;
  const inventory: FunctionContext['documentInventory'] = {
    get resolved() {
      return (resolved ??= new ResolvedDocument(doc)).root;
    },
    unresolved: root,
    findAssociatedItemForPath(path, isResolved) {
      const item = isResolved ? (resolved ??= new ResolvedDocument(doc)).associate(path) : associateRaw(doc.rootFile, path);
      return item && { document: { data: item.file.root, source: item.file.path }, path: item.path, missingPropertyPath: item.missing };
    },
    get referencedTargets() {
      return (targets ??= referencedTargets(doc));
    },
  };
  const document = { data: root, source: doc.rootFile.path };
  const shown = (path: string) => (cwd === undefined ? path : displayPath(path, cwd));
  // Per rule and file: the places worked out (`met`, see below) and the findings made (`made`).
  const done = new Map<SpectralRule, Map<ContractFile, { met: Set<string>; made: Set<string> }>>();
  const doneFor = (rule: SpectralRule, file: ContractFile) => {
    let byFile = done.get(rule);
    if (!byFile) done.set(rule, (byFile = new Map()));
    let sets = byFile.get(file);
    if (!sets) byFile.set(file, (sets = { met: new Set(), made: new Set() }));
    return sets;
  };

  const report = (rule: SpectralRule, targetPath: JsonPath, results: FunctionResult[]) => {
    const showsMessage = showsError(rule);
    let previous: JsonPath | undefined;
    for (const result of results) {
      const path = result.path ?? targetPath;
      // A function's results often share a path (a schema's errors at one node): where the rule
      // does not show their messages, the one after the first at the same path adds nothing.
      if (!showsMessage && previous !== undefined && samePath(previous, path)) continue;
      previous = path;
      const view = rule.resolved ? (resolved ??= new ResolvedDocument(doc)) : undefined;
      // Where Spectral's look-up fails, the result stays at the resolved document's deepest existing path, in the root file.
      const item = (view ? view.associate(path) : associateRaw(doc.rootFile, path)) ?? {
        file: doc.rootFile,
        path: closestPath(view!.root, path.map(String)),
        missing: undefined,
      };
      const property =
        item.missing !== undefined && item.missing.length > item.path.length
          ? printDotPath(item.missing.slice(item.path.length - 1))
          : item.path.length > 0
            ? item.path[item.path.length - 1]
            : '';
      // The place, `{{property}}` and, where the rule's message shows it, the function's message
      // decide the finding: one met before (the same component reached by another path, another
      // error of the same schema) is not worked out again.
      const pointer = joinPointer('', ...item.path);
      const { met, made } = doneFor(rule, item.file);
      const place = `${pointer}\0${property}\0${showsMessage ? result.message : ''}`;
      if (met.has(place)) continue;
      met.add(place);
      // Most messages are plain text: the values a template may show are worked out only for templates.
      const values = templated(result.message) || templated(rule.message) ? messageValues(rule, item, property, result.message) : undefined;
      if (values) values.error = fillMessage(result.message, values);
      const overrides = pointers.get(rule.name);
      const severity = (overrides && pointerSeverity(overrides, item.file.path === doc.rootFile.path ? printPointer(item.path) : undefined)) ?? rule.severity;
      if (severity === 'off') continue;
      const error = values?.error ?? result.message;
      const message = (rule.message === undefined ? (rule.description ?? error) : values ? fillMessage(rule.message, values) : rule.message).trim();
      const finding = `${pointer}\0${message}`;
      if (made.has(finding)) continue;
      made.add(finding);
      const { line, column } = item.file.source.locate(pointer, 'spectral');
      findings.push({
        ruleId: rule.name,
        category: 'ruleset',
        severity: severity as Severity,
        message,
        location: { file: item.file.source.displayPath, pointer, line, column },
        ...(rule.documentationUrl ? { data: { documentationUrl: rule.documentationUrl } } : {}),
        fingerprint: findingFingerprint({ ruleId: rule.name, path: item.file.path, pointer }, cwd),
      });
    }
  };

  const lintNode = (rule: SpectralRule, scope: Scope) => {
    const givenPath: JsonPath = scope.path.length > 0 && scope.path[0] === '$' ? scope.path.slice(1) : [...scope.path];
    for (const then of rule.then) {
      for (const target of lintTargets(scope.value, then.field)) {
        const path = target.path.length > 0 ? [...givenPath, ...target.path] : givenPath;
        const context: FunctionContext = {
          document,
          documentInventory: inventory,
          rule: { name: rule.name, resolved: rule.resolved, description: rule.description },
          path,
        };
        let results;
        try {
          results = then.fn(target.value, then.functionOptions ?? null, context);
        } catch (error) {
          throw rulesetError(rule, shown, `function "${then.functionName}" threw an exception: ${(error as Error).message}`);
        }
        if (results === undefined || results === null) continue;
        if (typeof (results as Promise<unknown>).then === 'function') {
          pending.push(
            (results as Promise<FunctionResult[] | undefined>).then(
              (r) => (r ? report(rule, path, r) : undefined),
              (error: Error) => {
                throw rulesetError(rule, shown, `function "${then.functionName}" threw an exception: ${error.message}`);
              },
            ),
          );
        } else report(rule, path, results as FunctionResult[]);
      }
    }
  };

  for (const mode of [true, false]) {
    const callbacks = new Map<string, Array<(scope: Scope) => void>>();
    // Expressions some rule with a function other than a local core one looks for: every match counts.
    const global = new Set<string>();
    for (const rule of active.filter((r) => r.resolved === mode))
      for (const given of givensFor(rule, root)) {
        callbacks.set(given, [...(callbacks.get(given) ?? []), (scope) => lintNode(rule, scope)]);
        if (!rule.then.every((then) => LOCAL_FUNCTIONS.has(then.fn))) global.add(given);
      }
    if (callbacks.size === 0) continue;
    const view = mode ? (resolved ??= new ResolvedDocument(doc)) : undefined;
    const input = view ? view.root : root;
    try {
      // On the resolved view, a subtree reached again where its results would land as before is skipped.
      queryAll(input, callbacks, view && ((expression) => (global.has(expression) ? undefined : view.replayGuide())));
    } catch (error) {
      // nimma gathers what the callbacks threw into an AggregateError: a rule's own error is the one to show.
      const inner = causes(error).find((e) => e instanceof InputError);
      if (inner) throw inner;
      const first = (error as { errors?: Error[] }).errors?.[0];
      throw new InputError([
        {
          location: { file: doc.rootFile.source.displayPath, pointer: '', line: 1, column: 1 },
          message: `ruleset ${shown(ruleset.file)}: a given expression failed on this document: ${(first ?? (error as Error)).message}`,
        },
      ]);
    }
  }
  return { findings, pending };
}

/**
 * Spectral's results that no rule reports, added before the rules run and touched by no override:
 * the parser's diagnostics at the severities of `parserOptions`, and `unrecognized-format` when
 * the document matches none of the formats the ruleset names (its rules with formats then skip it).
 */
function documentFindings(doc: ContractDocument, ruleset: SpectralRuleset, cwd: string | undefined, findings: Finding[]): void {
  const file = doc.rootFile;
  const add = (ruleId: string, severity: Severity, message: string, pointer: string, target: 'key' | 'value') =>
    findings.push({
      ruleId,
      category: 'ruleset',
      severity,
      message,
      location: { file: file.source.displayPath, pointer, ...file.source.locate(pointer, target) },
      fingerprint: findingFingerprint({ ruleId, path: file.path, pointer }, cwd),
    });
  const { duplicateKeys, incompatibleValues } = ruleset.parserOptions;
  if (duplicateKeys !== 'off' || incompatibleValues !== 'off')
    for (const diagnostic of parserDiagnostics(file)) {
      const severity = ruleset.parserOptions[diagnostic.option];
      if (severity !== 'off') add('parser', severity, diagnostic.message, joinPointer('', ...diagnostic.path), 'key');
    }
  if (ruleset.formats.length > 0 && !ruleset.formats.some((format) => matchesFormat(format, file.root)))
    add(
      'unrecognized-format',
      'warn',
      `The provided document does not match any of the registered formats [${ruleset.formats.map(formatDisplayName).join(', ')}]`,
      '',
      'value',
    );
}

function rulesetError(rule: SpectralRule, shown: (path: string) => string, message: string): InputError {
  return new InputError([
    { location: { file: shown(rule.definedIn), pointer: `/rules/${rule.name}`, line: 1, column: 1 }, message: `rule "${rule.name}": ${message}` },
  ]);
}

const templated = (text: string | undefined) => text !== undefined && text.includes('{{');

/** What a message template may show; `{{path}}` and `{{value}}` are worked out only where one shows them. */
function messageValues(rule: SpectralRule, item: Association, property: string, error: string): MessageValues {
  let printed: string | undefined;
  return {
    property,
    error,
    get path() {
      return (printed ??= printPointer(item.path));
    },
    description: rule.description,
    get value() {
      return rawAt(item.file.root, item.path);
    },
  };
}

function samePath(a: JsonPath, b: JsonPath): boolean {
  if (a === b) return true;
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/** Whether a rule's message shows its function's message (`{{error}}`; with no message of its own, when it has no description). */
function showsError(rule: SpectralRule): boolean {
  return rule.message === undefined ? rule.description === undefined : /\{\{[^}]*\berror\b/.test(rule.message);
}

/** Spectral's targets of one `then`: `@key` → each key, `$…` → a JSONPath from the match, else a lodash path; the value itself when it is not an object. */
function lintTargets(value: unknown, field: string | undefined): Array<{ path: JsonPath; value: unknown }> {
  const targets: Array<{ path: JsonPath; value: unknown }> = [];
  if (value !== null && typeof value === 'object' && typeof field === 'string') {
    if (field === '@key') for (const key of Object.keys(value)) targets.push({ path: [key], value: key });
    else if (field.startsWith('$')) targets.push(...queryField(value, field));
    else {
      const path = toPath(field);
      let node: unknown = value;
      for (const segment of path) node = node !== null && node !== undefined ? (node as Record<string, unknown>)[segment] : undefined;
      targets.push({ path, value: node });
    }
  } else targets.push({ path: [], value });
  if (targets.length === 0) targets.push({ path: [], value: undefined });
  return targets;
}

/** The longest `#/pointer` override (URI-encoded, as Spectral compares them) that covers the reported path. */
function pointerSeverity(
  entries: Array<{ pointer: string; severity: SpectralSeverity }> | undefined,
  printed: string | undefined,
): SpectralSeverity | undefined {
  if (!entries || printed === undefined) return undefined;
  let best: { pointer: string; severity: SpectralSeverity } | undefined;
  for (const entry of entries)
    if ((printed === entry.pointer || printed.startsWith(`${entry.pointer}/`)) && (!best || entry.pointer.length >= best.pointer.length)) best = entry;
  return best?.severity;
}

/** A rule's expressions for this document: of an alias's targets, only the last one whose formats match. */
function givensFor(rule: SpectralRule, root: unknown): string[] {
  const plain = rule.given.filter((g) => !g.startsWith(TARGETED));
  const targeted = rule.given.filter((g) => g.startsWith(TARGETED)).map(splitTargeted);
  const matching = targeted.filter(([prefix]) =>
    prefix
      .slice(1, -1)
      .split(',')
      .some((f) => matchesFormat(f, root)),
  );
  const last = matching.at(-1)?.[0];
  return [...plain, ...matching.filter(([prefix]) => prefix === last).map(([, g]) => g)];
}

/** An error and those it wraps (`errors` of an AggregateError, `cause`), a few levels down. */
function causes(error: unknown, depth = 0): unknown[] {
  if (depth > 4 || error === null || typeof error !== 'object') return [error];
  const e = error as { errors?: unknown[]; cause?: unknown };
  return [error, ...(e.errors ?? []).flatMap((x) => causes(x, depth + 1)), ...(e.cause !== undefined ? causes(e.cause, depth + 1) : [])];
}
