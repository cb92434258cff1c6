import { createRequire } from 'node:module';
import type NimmaClass from 'nimma';
import type { EmittedScope } from 'nimma';
import { compilePattern, DagQuery, waitedFor, type DagPattern, type NimmaNode, type ReplayGuide } from './dag-query.js';
import { compileDescent, Descent, descentNames, type FilterKeys } from './descent.js';
import { KeyIndex } from './key-index.js';
import type { JsonPath } from './types.js';

// Loaded with the first ruleset (`loadEngines`), so built-in lint never pays for them. Spectral
// loads nimma's legacy build, whose transpiled private fields cost a fifth of a run; the modern
// build compiles the same expressions to the same traversal.
let engines: (typeof import('./engines.js') & { lodashToPath: (text: string) => string[] }) | undefined;

/** Loads the JSONPath engines; the ruleset loader awaits it, so a ruleset's queries run synchronously. */
export async function loadEngines(): Promise<void> {
  if (engines) return;
  const loaded = await import('./engines.js');
  // nimma's fallback turns jsonpath-plus's path strings into arrays with lodash's toPath: the same module.
  const lodashToPath = createRequire(createRequire(import.meta.url).resolve('nimma'))('lodash.topath') as (text: string) => string[];
  engines ??= { ...loaded, lodashToPath };
}

function load(): NonNullable<typeof engines> {
  if (!engines) throw new Error('the JSONPath engines are loaded with a ruleset (loadEngines) before a query runs');
  return engines;
}

export type Scope = EmittedScope;

const compiled = new Map<string, NimmaClass>();
const UNZONED = '$..archwayUnzonedTraversal';

/** How an expression runs: nimma's own traversal, or the memoised equivalent of nimma's traversal or of its jsonpath-plus fallback. */
type Plan = { kind: 'nimma' } | { kind: 'dag'; pattern: DagPattern } | { kind: 'descent'; steps: NonNullable<ReturnType<typeof compileDescent>> };
const plans = new Map<string, Plan>();

function planFor(expression: string): Plan {
  let plan = plans.get(expression);
  if (plan === undefined) {
    const { Nimma, JSONPath } = load();
    let source: string | undefined;
    try {
      source = new Nimma([expression], { fallback: null, unsafe: false, output: 'auto', customShorthands: {} }).sourceCode;
    } catch {
      // nimma cannot compile it: jsonpath-plus runs it, memoised when its steps allow.
      const steps = compileDescent(JSONPath.toPathArray(expression));
      // A filter is evaluated alone as `$[?(…)]`: only where jsonpath-plus reads that back as the same step.
      const separable = steps?.every((step) => step.kind !== 'filter' || sameSteps(`$[${step.text}]`, ['$', step.text]));
      plan = steps && separable ? { kind: 'descent', steps } : { kind: 'nimma' };
    }
    if (source !== undefined) {
      // Fast paths (a fixed path, the root) and bailed expressions stay nimma's: only its full traversal is replaced.
      const traversed = source.includes('scope.traverse(') && !source.includes('bail(') && onlyScopeImported(source);
      const pattern = traversed ? compilePattern(load().parse(expression) as NimmaNode[], filterTest) : undefined;
      plan = pattern ? { kind: 'dag', pattern } : { kind: 'nimma' };
    }
    plans.set(expression, plan!);
  }
  return plan!;
}

function sameSteps(expression: string, steps: readonly string[]): boolean {
  const read = load().JSONPath.toPathArray(expression);
  return read.length === steps.length && read.every((step, i) => step === steps[i]);
}

/** The children of an object that pass a filter step, evaluated by jsonpath-plus as nimma's fallback runs it. */
const filterKeys: FilterKeys = (filter, value) =>
  (load().JSONPath({ path: `$[${filter}]`, json: value, resultType: 'all', wrap: true }) as Array<{ parentProperty: string | number }>).map(
    (result) => result.parentProperty,
  );

function onlyScopeImported(source: string): boolean {
  return source
    .split('\n')
    .filter((line) => line.startsWith('import '))
    .every((line) => line === 'import {Scope} from "nimma/runtime";');
}

const filters = new Map<string, ((key: string | number, value: unknown) => unknown) | null>();

/**
 * A filter script as nimma compiles it, when it reads only `@property` and one level of `@`
 * (`@.in == 'path'`, `@property >= 200`): such a filter can throw only on a null node, so where
 * nimma would evaluate it on more nodes (its checks run in their own order) it cannot throw there.
 * As the last step nimma evaluates it on every node it reaches: there it must guard `@` first.
 */
function filterTest(script: string, last: boolean): ((key: string | number, value: unknown) => unknown) | undefined {
  const id = `${last ? 1 : 0}${script}`;
  let test = filters.get(id);
  if (test === undefined) {
    test = null;
    let source = '';
    try {
      source = new (load().Nimma)([`$..[?(${script})]`], { fallback: null, unsafe: false, output: 'auto', customShorthands: {} }).sourceCode;
    } catch {
      source = '';
    }
    const lines = source.split('\n').map((line) => line.trim());
    const checks = lines.filter((line) => line.startsWith('if (') && line.endsWith(') return;'));
    if (checks.length === 1 && onlyScopeImported(source)) {
      const condition = checks[0].slice('if ('.length, -') return;'.length);
      const plain = condition.replaceAll('scope.sandbox.value', 'V').replaceAll('scope.sandbox.property', 'P').replaceAll('String(P)', 'S');
      const readsValue = /\bV\s*[.[]/.test(plain);
      const guarded = /^!\((V|\(V !== null && typeof V === "object"\)) && /.test(plain) && !/\|\||\?/.test(plain);
      const safe =
        !/scope|sandbox/.test(plain) &&
        !/\bV\s*[([]/.test(plain) &&
        !/\bV\.[\w$]+\s*[.([]/.test(plain) &&
        !/\bP\s*[.([]/.test(plain) &&
        (!last || !readsValue || guarded);
      if (safe) {
        const fn = new Function('scope', `return !(${condition});`) as (scope: unknown) => unknown;
        // The condition reads the sandbox's value and property only: one scope serves every call.
        const sandbox: { value: unknown; property: unknown } = { value: undefined, property: undefined };
        const scope = { sandbox };
        test = (key, value) => {
          sandbox.value = value;
          sandbox.property = key;
          return fn(scope);
        };
      }
    }
    filters.set(id, test);
  }
  return test ?? undefined;
}

/**
 * Runs every `given` over a document: nimma compiles them into one traversal (jsonpath-plus
 * takes the expressions it cannot compile), exactly as Spectral does; those whose steps allow it
 * run memoised over the shared subtrees instead, with the same results; `guide` may give a
 * memoised expression a guide that skips subtrees whose matches its callbacks need not see.
 */
export function queryAll(input: unknown, callbacks: Map<string, Array<(scope: Scope) => void>>, guide?: (expression: string) => ReplayGuide | undefined): void {
  if (callbacks.size === 0) return;
  if (input === null || typeof input !== 'object') {
    for (const cb of callbacks.get('$') ?? []) cb({ path: [], value: input });
    return;
  }
  const all = (expression: string) => (scope: Scope) => callbacks.get(expression)!.forEach((cb) => cb(scope));
  const planned = [...callbacks.keys()].map((expression) => ({ expression, plan: planFor(expression) }));
  const index = new KeyIndex([
    ...descentNames(planned.flatMap(({ plan }) => (plan.kind === 'descent' ? [plan.steps] : []))),
    ...waitedFor(planned.flatMap(({ plan }) => (plan.kind === 'dag' ? [plan.pattern] : []))),
  ]);
  // As nimma does, the expressions it cannot compile run first. One memoised query at a time: its
  // matches are all found before any is reported, so a filter that throws leaves nothing reported.
  const expressions: string[] = [];
  for (const { expression, plan } of planned) {
    if (plan.kind === 'descent') {
      const { JSONPath, lodashToPath } = load();
      // jsonpath-plus types paths as strings; nimma's fallback passes it array indices too.
      new Descent(plan.steps, index, filterKeys).run(input, all(expression), JSONPath.toPathString as (path: unknown[]) => string, lodashToPath);
    } else if (plan.kind === 'dag') {
      const query = new DagQuery(plan.pattern, index);
      let matches;
      try {
        matches = query.collect(input);
      } catch {
        expressions.push(expression); // a filter threw: nimma's own run decides what happens
        continue;
      }
      query.replay(input, matches, all(expression), guide?.(expression));
    } else expressions.push(expression);
  }
  if (expressions.length === 0) return;
  // nimma "zones" a set of fixed-prefix expressions: a proxied traversal that fails on objects shared
  // by several paths. Run together with every given, as before, the set was zoned only when all of
  // them were; once some run memoised, an expression that never matches keeps the rest unzoned.
  if (expressions.length < callbacks.size) expressions.push(UNZONED);
  const key = expressions.join('\0');
  let nimma: NimmaClass | undefined = compiled.get(key);
  if (nimma === undefined) {
    const { Nimma, jsonPathPlus } = load();
    const created: NimmaClass = new Nimma(expressions, { fallback: jsonPathPlus, unsafe: false, output: 'auto', customShorthands: {} });
    compiled.set(key, created);
    nimma = created;
  }
  const mapped: Record<string, (scope: Scope) => void> = {};
  for (const expression of expressions) mapped[expression] = expression === UNZONED ? () => undefined : all(expression);
  nimma.query(input as Record<string, unknown>, mapped);
}

/** A `then.field` that is a JSONPath, relative to the matched value (Spectral uses jsonpath-plus for these). */
export function queryField(value: unknown, field: string): Array<{ path: JsonPath; value: unknown }> {
  const out: Array<{ path: JsonPath; value: unknown }> = [];
  load().JSONPath({
    path: field,
    json: value as object,
    resultType: 'all',
    callback(result: { path: string; value: unknown }) {
      out.push({ path: toPath(result.path.slice(1)), value: result.value });
    },
  });
  return out;
}

/** lodash's `toPath`: `a.b[0]['c.d']` → ["a", "b", "0", "c.d"]. */
export function toPath(text: string): string[] {
  const out: string[] = [];
  const re = /[^.[\]]+|\[(?:(-?\d+(?:\.\d+)?)|(["'])((?:(?!\2)[^\\]|\\.)*?)\2)\]|(?=(?:\.|\[\])(?:\.|\[\]|$))/g;
  if (text.charCodeAt(0) === 46) out.push('');
  text.replace(re, (match, number: string | undefined, quote: string | undefined, sub: string | undefined) => {
    out.push(quote ? sub!.replace(/\\(\\)?/g, '$1') : (number ?? match));
    return match;
  });
  return out;
}
