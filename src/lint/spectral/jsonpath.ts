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

/**
 * How an expression runs: nimma's own (`traverses` unless a fast path alone: the root, a fixed
 * path), or the memoised equivalent of nimma's traversal or of its jsonpath-plus fallback.
 */
type Plan =
  { kind: 'nimma'; traverses: boolean } | { kind: 'dag'; pattern: DagPattern } | { kind: 'descent'; steps: NonNullable<ReturnType<typeof compileDescent>> };
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
      plan = steps && separable ? { kind: 'descent', steps } : { kind: 'nimma', traverses: true };
    }
    if (source !== undefined) {
      // Fast paths (a fixed path, the root) and bailed expressions stay nimma's: only its full traversal is replaced.
      const traversed = source.includes('scope.traverse(') && !source.includes('bail(') && onlyScopeImported(source);
      const pattern = traversed ? compilePattern(load().parse(expression) as NimmaNode[], filterTest) : undefined;
      plan = pattern ? { kind: 'dag', pattern } : { kind: 'nimma', traverses: source.includes('scope.traverse(') };
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
  load().JSONPath({ path: `$[${filter}]`, json: value, resultType: 'parentProperty', wrap: true, eval: MemoisedSafeScript }) as Array<string | number>;

interface Script {
  runInNewContext(context: { _$_property: unknown; _$_v: unknown }): unknown;
}

/**
 * Each filter script's outcomes during one memoised jsonpath-plus query (property → primitive
 * value → outcome). jsonpath-plus keeps its scripts for the life of the process, so the outcomes
 * are kept here and forgotten after each query: a long-lived process (the studio) does not hold
 * every value it has ever met.
 */
const filterOutcomes = new Map<Script, Map<unknown, Map<unknown, unknown>>>();

/**
 * jsonpath-plus's own safe evaluator (its default, which nimma's fallback uses), memoised for
 * primitive nodes. A filter these queries evaluate reads `@` and `@property` alone (`localFilter`),
 * so for a primitive node its outcome depends on the two alone; the evaluator builds a table of
 * closures per binary expression per node (11 MB and 28 ms for one OWASP filter on Box, where
 * the same `in: query` recurs thousands of times). Objects, and evaluations that throw, go to it
 * every time, in jsonpath-plus's order.
 */
class MemoisedSafeScript implements Script {
  private readonly script: Script;

  constructor(code: string) {
    const { Script: SafeScript } = (load().JSONPath.prototype as unknown as { safeVm: { Script: new (code: string) => Script } }).safeVm;
    this.script = new SafeScript(code);
  }

  runInNewContext(context: { _$_property: unknown; _$_v: unknown }): unknown {
    const value = context._$_v;
    // -0 and 0 are one key of a Map, not one value to a filter.
    if ((value !== null && typeof value === 'object') || typeof value === 'function' || Object.is(value, -0)) return this.script.runInNewContext(context);
    let outcomes = filterOutcomes.get(this);
    if (!outcomes) filterOutcomes.set(this, (outcomes = new Map()));
    let byValue = outcomes.get(context._$_property);
    if (!byValue) outcomes.set(context._$_property, (byValue = new Map()));
    if (byValue.has(value)) return byValue.get(value);
    const outcome = this.script.runInNewContext(context);
    byValue.set(value, outcome);
    return outcome;
  }
}

function onlyScopeImported(source: string): boolean {
  return source
    .split('\n')
    .filter((line) => line.startsWith('import '))
    .every((line) => line === 'import {Scope} from "nimma/runtime";');
}

type FilterTest = (key: string | number, value: unknown) => unknown;

const filters = new Map<string, FilterTest | null>();

/** Filters the memoised query may evaluate on fewer nodes than nimma does: they run on every node of the document first (`throwingAnywhere`). */
const CHECKED_EVERYWHERE = new WeakSet<FilterTest>();

/** What in a filter could change the document: an assignment, `++`/`--`, `delete`, or an array method that mutates. */
const MUTATES = /(^|[^=!<>])=(?![=>])|\+\+|--|\bdelete\b|\.(push|pop|shift|unshift|splice|sort|reverse|fill|copyWithin)\s*\(/;

/**
 * A filter script as nimma compiles it, when it reads only `@property` and `@` and changes
 * nothing: its outcome, and whether it throws, depend on the node alone. One that reads
 * `@property` and one level of `@` (`@.in == 'path'`, `@property >= 200`) can throw only on a
 * null node, so where nimma would evaluate it on more nodes (its checks run in their own order) it
 * cannot throw there; as the last step nimma evaluates it on every node it reaches, so there it
 * must guard `@` first. Any other (`@.in.match(/query/)`) is marked to be tried on every node of
 * the document before the memoised query takes it.
 */
function filterTest(script: string, last: boolean): FilterTest | undefined {
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
      const pure = !/scope|sandbox/.test(plain) && !MUTATES.test(plain);
      const safe = pure && !/\bV\s*[([]/.test(plain) && !/\bV\.[\w$]+\s*[.([]/.test(plain) && !/\bP\s*[.([]/.test(plain) && (!last || !readsValue || guarded);
      if (pure) {
        const fn = new Function('scope', `return !(${condition});`) as (scope: unknown) => unknown;
        // The condition reads the sandbox's value and property only: one scope serves every call.
        const sandbox: { value: unknown; property: unknown } = { value: undefined, property: undefined };
        const scope = { sandbox };
        const created: FilterTest = (key, value) => {
          sandbox.value = value;
          sandbox.property = key;
          return fn(scope);
        };
        if (!safe) CHECKED_EVERYWHERE.add(created);
        test = created;
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
  // Whether nimma, for the expressions left to it, walks the document at all.
  let traversing = false;
  const everywhere = new Set(planned.flatMap(({ plan }) => checkedEverywhere(plan)));
  const throwing = everywhere.size > 0 ? throwingAnywhere(input, everywhere) : everywhere;
  for (const { expression, plan } of planned) {
    if (plan.kind === 'descent') {
      const { JSONPath, lodashToPath } = load();
      try {
        // jsonpath-plus types paths as strings; nimma's fallback passes it array indices too.
        new Descent(plan.steps, index, filterKeys).run(input, all(expression), JSONPath.toPathString as (path: unknown[]) => string, lodashToPath);
      } finally {
        filterOutcomes.clear();
      }
    } else if (checkedEverywhere(plan).some((test) => throwing.has(test))) {
      expressions.push(expression); // a filter throws somewhere: nimma's own run decides what happens
      traversing = true;
    } else if (plan.kind === 'dag') {
      const query = new DagQuery(plan.pattern, index);
      let matches;
      try {
        matches = query.collect(input);
      } catch {
        expressions.push(expression); // a filter threw: nimma's own run decides what happens
        traversing = true;
        continue;
      }
      query.replay(input, matches, all(expression), guide?.(expression));
    } else {
      expressions.push(expression);
      traversing ||= plan.traverses;
    }
  }
  if (expressions.length === 0) return;
  // nimma "zones" a set of fixed-prefix expressions: a proxied traversal that fails on objects shared
  // by several paths. Run together with every given, as before, the set was zoned only when all of
  // them were; once some run memoised, an expression that never matches keeps the rest unzoned.
  // Fast paths alone (`$`) need no traversal, zoned or not.
  if (traversing && expressions.length < callbacks.size) expressions.push(UNZONED);
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

/** The filters of a memoised plan that must be tried on every node first: where nimma may evaluate them on nodes the automaton never reaches. */
function checkedEverywhere(plan: Plan): FilterTest[] {
  if (plan.kind !== 'dag' || plan.pattern.filterWhereNimma) return [];
  return plan.pattern.steps.flatMap((step) => (step.test && CHECKED_EVERYWHERE.has(step.test) ? [step.test] : []));
}

/**
 * The filters among `tests` that throw on some node of the document (each object's children once,
 * and the root, whose property nimma reads as null): everywhere nimma could evaluate them.
 */
function throwingAnywhere(input: object, tests: ReadonlySet<FilterTest>): Set<FilterTest> {
  const threw = new Set<FilterTest>();
  // An array, not the set: this runs for every node, where iterating a set allocates until the JIT steps in.
  const list = [...tests];
  const check = (key: string | number | null, value: unknown) => {
    for (let i = 0; i < list.length; i++) {
      const test = list[i];
      if (threw.has(test)) continue;
      try {
        test(key as string | number, value);
      } catch {
        threw.add(test);
      }
    }
  };
  check(null, input);
  const seen = new Set<object>();
  const stack: object[] = [input];
  while (stack.length > 0 && threw.size < tests.size) {
    const node = stack.pop()!;
    if (seen.has(node)) continue;
    seen.add(node);
    const keys = Array.isArray(node) ? undefined : Object.keys(node);
    const count = keys ? keys.length : (node as unknown[]).length;
    for (let i = 0; i < count; i++) {
      const key = keys ? keys[i] : i;
      const value = (node as Record<string | number, unknown>)[key];
      check(key, value);
      if (value !== null && typeof value === 'object') stack.push(value);
    }
  }
  return threw;
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
