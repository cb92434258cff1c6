import { createRequire } from 'node:module';
import type NimmaClass from 'nimma/legacy';
import type { EmittedScope } from 'nimma/legacy';
import type { JSONPath as JSONPathFunction } from 'jsonpath-plus';
import type { JsonPath } from './types.js';

// Loaded on first use, so built-in lint never pays for them. Spectral loads nimma's legacy build,
// whose transpiled private fields cost a fifth of a run; the modern build compiles the same
// expressions to the same traversal. Through require: nimma's ESM builds import CommonJS helpers.
const require = createRequire(import.meta.url);
let engines: { Nimma: typeof NimmaClass; jsonPathPlus: unknown; JSONPath: typeof JSONPathFunction } | undefined;
function load() {
  return (engines ??= {
    Nimma: require('nimma').default,
    jsonPathPlus: require('nimma/fallbacks').jsonPathPlus,
    JSONPath: require('jsonpath-plus').JSONPath,
  });
}

export type Scope = EmittedScope;

const compiled = new Map<string, NimmaClass>();

/**
 * Runs every `given` over a document in one traversal: nimma compiles them all into one
 * function (jsonpath-plus takes the expressions it cannot compile), exactly as Spectral does.
 */
export function queryAll(input: unknown, callbacks: Map<string, Array<(scope: Scope) => void>>): void {
  if (callbacks.size === 0) return;
  if (input === null || typeof input !== 'object') {
    for (const cb of callbacks.get('$') ?? []) cb({ path: [], value: input });
    return;
  }
  const expressions = [...callbacks.keys()];
  const key = expressions.join('\0');
  let nimma: NimmaClass | undefined = compiled.get(key);
  if (nimma === undefined) {
    const { Nimma, jsonPathPlus } = load();
    const created: NimmaClass = new Nimma(expressions, { fallback: jsonPathPlus, unsafe: false, output: 'auto', customShorthands: {} });
    compiled.set(key, created);
    nimma = created;
  }
  const mapped: Record<string, (scope: Scope) => void> = {};
  for (const [expression, cbs] of callbacks) mapped[expression] = (scope) => cbs.forEach((cb) => cb(scope));
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
