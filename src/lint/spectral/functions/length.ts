import { printValue } from '../message.js';
import type { FunctionResult } from '../types.js';
import { coreFunction, optionsShape } from './options.js';

const isNumber = (v: unknown) => typeof v === 'number';

export const length = coreFunction(
  'length',
  (input) => input !== null && ['object', 'string', 'number'].includes(typeof input),
  optionsShape('length', { keys: { min: isNumber, max: isNumber }, minKeys: 1, example: '{ "min": 2 }, { "max": 5 }, { "min": 0, "max": 10 }' }),
  (input, opts: { min?: number; max?: number }) => {
    const value = Array.isArray(input)
      ? input.length
      : typeof input === 'object'
        ? Object.keys(input as object).length
        : typeof input === 'number'
          ? input
          : (input as string).length;
    const results: FunctionResult[] = [];
    if (opts.min !== undefined && value < opts.min) results.push({ message: `#{{print("property")}}must be longer than ${printValue(opts.min)}` });
    if (opts.max !== undefined && value > opts.max) results.push({ message: `#{{print("property")}}must be shorter than ${printValue(opts.max)}` });
    return results.length > 0 ? results : undefined;
  },
);
