import { printValue } from '../message.js';
import type { FunctionResult } from '../types.js';
import { coreFunction, optionsShape } from './options.js';

const REGEXP_PATTERN = /^\/(.+)\/([a-z]*)$/;
const cache = new Map<string, RegExp>();

/** `/re/flags` or a bare source, compiled once (Spectral caches them too). */
export function compilePattern(pattern: string): RegExp {
  let re = cache.get(pattern);
  if (!re) {
    const split = REGEXP_PATTERN.exec(pattern);
    re = split ? new RegExp(split[1], split[2]) : new RegExp(pattern);
    cache.set(pattern, re);
  }
  re.lastIndex = 0;
  return re;
}

/** A RegExp (JS rulesets write `notMatch: /…/`), as Spectral's option schema accepts one: an object with `test` and string `flags`. */
const isRegExpLike = (v: unknown): v is RegExp =>
  v !== null &&
  typeof v === 'object' &&
  !Array.isArray(v) &&
  (v as { test?: unknown }).test !== undefined &&
  typeof (v as { flags?: unknown }).flags === 'string';

/** Spectral reads a RegExp option through its text (`/source/flags`), as it reads a string one. */
const patternText = (v: string | RegExp) => (typeof v === 'string' ? v : String(v));

const isPattern = (v: unknown) => {
  if (isRegExpLike(v)) return true;
  if (typeof v !== 'string') return false;
  try {
    compilePattern(v);
    return true;
  } catch {
    return false;
  }
};

export const pattern = coreFunction(
  'pattern',
  (input) => typeof input === 'string',
  optionsShape('pattern', { keys: { match: isPattern, notMatch: isPattern }, minKeys: 1, example: '{ "match": "^Stoplight" }, { "notMatch": "Swagger" }' }),
  (input, opts: { match?: string | RegExp; notMatch?: string | RegExp }) => {
    const results: FunctionResult[] = [];
    if (opts.match !== undefined && !compilePattern(patternText(opts.match)).test(input as string))
      results.push({ message: `#{{print("value")}} must match the pattern ${printValue(opts.match)}` });
    if (opts.notMatch !== undefined && compilePattern(patternText(opts.notMatch)).test(input as string))
      results.push({ message: `#{{print("value")}} must not match the pattern ${printValue(opts.notMatch)}` });
    return results.length > 0 ? results : undefined;
  },
);
