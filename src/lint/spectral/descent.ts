import type { KeyIndex } from './key-index.js';
import type { JsonPath } from './types.js';

/**
 * jsonpath-plus, memoised, for the expressions nimma hands to it that are made of names, `*`,
 * `..`, `[a,b]`, filters that read a child alone (optionally followed by `^`) and a final `~`
 * (`$.paths..get.parameters..in`, `$.paths..parameters[*][?(@property === "name")]^.schema`).
 * jsonpath-plus walks every path of the resolved document, where a shared component is one
 * object reached by thousands of paths; this evaluates each (object, step) once and replays the
 * matches under every path that reaches it. Results are jsonpath-plus's own: the same branches in
 * the same order, including its quirk of reading a name literally right after a wildcard or a
 * name (`literalPriority`), filters evaluated by jsonpath-plus itself, and paths passed through
 * its path string and lodash's `toPath`, as nimma's fallback does.
 */

export type Token =
  | { kind: 'name'; name: string }
  | { kind: 'names'; names: string[]; text: string }
  | { kind: 'wildcard' }
  | { kind: 'descent' }
  | { kind: 'key' }
  /** `[?(…)]`, and with `parent` the `^` after it: the object whose child passed goes on to the next step. */
  | { kind: 'filter'; text: string; parent: boolean };

/** The keys of an object's children that pass a filter token, as jsonpath-plus evaluates it (in its order, errors included). */
export type FilterKeys = (filter: string, value: object) => Array<string | number>;

/** The matches of the steps from one object onward: values here, and what each child contributes. */
interface Matches {
  /** Values matched at this node (a `~` match is marked: its value is the key the node was reached by). */
  here: Array<{ value: unknown } | 'key'>;
  /** Matches under each child, in jsonpath-plus's order. */
  below: Array<{ segment: string | number; matches: Matches }>;
}

const EMPTY: Matches = { here: [], below: [] };
const SLICE = /^(-?\d*):(-?\d*):?(\d*)$/u;

/** A name jsonpath-plus reads as a plain member (no filter, script, type test, slice, parent or root). */
function plainName(name: string): boolean {
  return (
    name !== '' &&
    name !== '*' &&
    name !== '..' &&
    name !== '~' &&
    name !== '^' &&
    name !== '$' &&
    !/^[?(@`]/u.test(name) &&
    !name.includes(',') &&
    !SLICE.test(name)
  );
}

/**
 * A filter whose outcome for a child depends on the child's key and value alone: it reads neither
 * `@parent`, `@parentProperty`, `@root` nor `@path`, and is not jsonpath-plus's nested-filter form
 * (which it evaluates by another route).
 */
function localFilter(text: string): boolean {
  if (!text.startsWith('?(') || !text.endsWith(')')) return false;
  const code = text.replace(/^\?\((.*?)\)$/u, '$1');
  return !/@(parent|root|path)/u.test(code) && !/@.?([^?]*)[['](\??\(.*?\))(?!.\)\])[\]']/u.test(code);
}

/** The names a `..` of these expressions looks for (a document's key index is built for them). */
export function descentNames(expressions: ReadonlyArray<readonly Token[]>): string[] {
  return expressions.flatMap((tokens) =>
    tokens.flatMap((token, i) => {
      const next = tokens[i + 1];
      return token.kind === 'descent' && next ? (next.kind === 'name' ? [next.name] : next.kind === 'names' ? next.names : []) : [];
    }),
  );
}

/** The expression's steps as jsonpath-plus splits them (`toPathArray`), or undefined when one is outside this evaluator. */
export function compileDescent(tokens: readonly string[]): Token[] | undefined {
  if (tokens[0] !== '$' || tokens.length < 2) return undefined;
  const out: Token[] = [];
  for (let i = 1; i < tokens.length; i++) {
    const text = tokens[i];
    if (text === '*') out.push({ kind: 'wildcard' });
    else if (text === '..') out.push({ kind: 'descent' });
    else if (text === '~' && i === tokens.length - 1) out.push({ kind: 'key' });
    else if (localFilter(text)) {
      const parent = tokens[i + 1] === '^';
      out.push({ kind: 'filter', text, parent });
      if (parent) i++;
    } else if (plainName(text)) out.push({ kind: 'name', name: text });
    else if (text.includes(',') && text.split(',').every(plainName)) out.push({ kind: 'names', names: text.split(','), text });
    else return undefined;
  }
  return out;
}

const hasOwn = (value: unknown, key: string): boolean => Boolean(value) && Object.hasOwn(value as object, key);
const isObject = (value: unknown): value is object => value !== null && typeof value === 'object';

/** `_walk`: array indices as numbers, object keys as strings, nothing for anything else. */
function keysOf(value: unknown): Array<string | number> {
  if (Array.isArray(value)) return value.map((_, i) => i);
  return isObject(value) ? Object.keys(value) : [];
}

export class Descent {
  /** Per step and `literalPriority`: the matches from each object (shared objects are evaluated once). */
  private readonly memo: Array<Map<object, Matches>>;

  /** Per step: for a `..` followed by names, the key-index bits of those names (0: no skipping). */
  private readonly waits: number[];

  constructor(
    private readonly tokens: readonly Token[],
    private readonly index: KeyIndex,
    private readonly filterKeys: FilterKeys,
  ) {
    this.memo = Array.from({ length: 2 * tokens.length }, () => new Map<object, Matches>());
    this.waits = tokens.map((token, i) => {
      const next = tokens[i + 1];
      if (token.kind !== 'descent' || !next || (next.kind !== 'name' && next.kind !== 'names')) return 0;
      const bits = (next.kind === 'name' ? [next.name] : next.names).map((name) => index.bit(name));
      return bits.includes(0) ? 0 : bits.reduce((a, b) => a | b, 0);
    });
  }

  /** Calls `emit` for every match of the expression in `root`, as nimma's jsonpath-plus fallback would. */
  run(
    root: unknown,
    emit: (scope: { path: JsonPath; value: unknown }) => void,
    toPathString: (path: unknown[]) => string,
    toPath: (text: string) => string[],
  ): void {
    if (!root) return;
    const matches = this.trace(0, root, false);
    const path: unknown[] = ['$'];
    const replay = (m: Matches) => {
      for (const hit of m.here) {
        const value = hit === 'key' ? (path.length > 1 ? path[path.length - 1] : null) : hit.value;
        emit({ path: toPath(toPathString(hit === 'key' ? [...path, '~'] : path).slice(1)), value });
      }
      for (const { segment, matches: child } of m.below) {
        path.push(segment);
        replay(child);
        path.pop();
      }
    };
    replay(matches);
  }

  private trace(step: number, value: unknown, literal: boolean): Matches {
    if (step === this.tokens.length) return { here: [{ value }], below: [] };
    if (!isObject(value)) return this.compute(step, value, literal);
    // `..name` below an object that has no such key anywhere: nothing (the descent reads names without literal priority).
    if (this.waits[step] !== 0 && (this.index.mask(value) & this.waits[step]) === 0) return EMPTY;
    const memo = this.memo[2 * step + (literal ? 1 : 0)];
    let done = memo.get(value);
    if (done === undefined) {
      memo.set(value, EMPTY); // the resolved document is acyclic; this stops a cycle all the same
      done = this.compute(step, value, literal);
      memo.set(value, done);
    }
    return done;
  }

  private compute(step: number, value: unknown, literal: boolean): Matches {
    const token = this.tokens[step];
    const out: Matches = { here: [], below: [] };
    const add = (segment: string | number | undefined, m: Matches) => {
      if (m.here.length === 0 && m.below.length === 0) return;
      if (segment === undefined) {
        out.here.push(...m.here);
        out.below.push(...m.below);
      } else out.below.push({ segment, matches: m });
    };
    const text =
      token.kind === 'name'
        ? token.name
        : token.kind === 'names' || token.kind === 'filter'
          ? token.text
          : token.kind === 'wildcard'
            ? '*'
            : token.kind === 'descent'
              ? '..'
              : '~';
    // jsonpath-plus's first branch: right after a wildcard or a name, an own property named like the step is read literally.
    if (literal && hasOwn(value, text)) {
      add(text, this.trace(step + 1, (value as Record<string, unknown>)[text], false));
      return out;
    }
    switch (token.kind) {
      case 'wildcard':
        for (const key of keysOf(value)) add(key, this.trace(step + 1, (value as Record<string | number, unknown>)[key], true));
        break;
      case 'descent':
        add(undefined, this.trace(step + 1, value, false));
        for (const key of keysOf(value)) {
          const child = (value as Record<string | number, unknown>)[key];
          if (typeof child === 'object') add(key, this.trace(step, child, false));
        }
        break;
      case 'key':
        out.here.push('key');
        break;
      case 'names':
        for (const name of token.names) if (hasOwn(value, name)) add(name, this.trace(step + 1, (value as Record<string, unknown>)[name], true));
        break;
      case 'name':
        if (!literal && hasOwn(value, token.name)) add(token.name, this.trace(step + 1, (value as Record<string, unknown>)[token.name], true));
        break;
      case 'filter':
        if (!isObject(value)) break;
        // After `^` jsonpath-plus goes on from the object itself, once per child that passed.
        for (const key of this.filterKeys(token.text, value))
          if (token.parent) add(undefined, this.trace(step + 1, value, false));
          else add(key, this.trace(step + 1, (value as Record<string | number, unknown>)[key], false));
        break;
    }
    return out.here.length === 0 && out.below.length === 0 ? EMPTY : out;
  }
}
