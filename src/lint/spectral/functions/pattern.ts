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

const isPattern = (v: unknown) => {
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
  (input, opts: { match?: string; notMatch?: string }) => {
    const results: FunctionResult[] = [];
    if (opts.match !== undefined && !compilePattern(opts.match).test(input as string))
      results.push({ message: `#{{print("value")}} must match the pattern ${printValue(opts.match)}` });
    if (opts.notMatch !== undefined && compilePattern(opts.notMatch).test(input as string))
      results.push({ message: `#{{print("value")}} must not match the pattern ${printValue(opts.notMatch)}` });
    return results.length > 0 ? results : undefined;
  },
);
