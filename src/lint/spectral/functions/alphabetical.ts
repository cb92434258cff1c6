import { printValue } from '../message.js';
import { coreFunction, optionsShape } from './options.js';

/** Spectral's comparison, quirks included: a non-numeric `a` is compared as a number when `b` is numeric. */
function compare(a: unknown, b: unknown): number {
  if ((typeof a === 'number' || Number.isNaN(Number(a))) && (typeof b === 'number' || !Number.isNaN(Number(b))))
    return Math.min(1, Math.max(-1, Number(a) - Number(b)));
  if (typeof a !== 'string' || typeof b !== 'string') return 0;
  return a.localeCompare(b);
}

export const alphabetical = coreFunction(
  'alphabetical',
  (input) => input !== null && typeof input === 'object',
  (o) =>
    o === null || o === undefined
      ? undefined
      : optionsShape('alphabetical', { keys: { keyedBy: (v) => typeof v === 'string' }, example: '{ "keyedBy": "my-key" }' })(o),
  (input, opts: { keyedBy?: string } | null, { path }) => {
    let items: unknown[] = Array.isArray(input) ? input : Object.keys(input as object);
    if (items.length < 2) return undefined;
    const keyedBy = opts?.keyedBy;
    if (keyedBy !== undefined) {
      if (items.some((item) => item === null || typeof item !== 'object')) return [{ message: '#{{print("property")}}must be an object' }];
      items = items.map((item) => (item as Record<string, unknown>)[keyedBy]);
    }
    if (!items.every((item) => typeof item === 'string' || typeof item === 'number'))
      return [{ message: '#{{print("property")}}must be one of the allowed types: number, string' }];
    for (let i = 0; i < items.length - 1; i++) {
      if (compare(items[i], items[i + 1]) < 1) continue;
      if (keyedBy !== undefined) return [{ message: 'properties must follow the alphabetical order' }];
      return [
        {
          path: [...path, Array.isArray(input) ? i : (items[i] as string)],
          message: `${printValue(items[i])} must be placed after ${printValue(items[i + 1])}`,
        },
      ];
    }
    return undefined;
  },
);
