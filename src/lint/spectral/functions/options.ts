import type { CoreFunction, RulesetFunction } from '../types.js';

/** A core function: `accepts` guards the input (wrong type → no result, as Spectral's input schemas do). */
export function coreFunction(
  name: string,
  accepts: (input: unknown) => boolean,
  checkOptions: (o: unknown) => string | undefined,
  run: RulesetFunction,
): CoreFunction {
  return { name, checkOptions, run: (input, options, context) => (accepts(input) ? run(input, options, context) : undefined) };
}

export const any = () => true;
export const isObject = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === 'object' && !Array.isArray(v);

/** Functions that take no options accept `null` or nothing. */
export const noOptions = (name: string) => (o: unknown) => (o === null || o === undefined ? undefined : `"${name}" function does not accept any options`);

/** Checks options against a small shape: allowed keys, required keys, per-key checks. */
export function optionsShape(
  name: string,
  spec: { required?: string[]; keys: Record<string, (v: unknown) => boolean>; example: string; minKeys?: number },
): (o: unknown) => string | undefined {
  return (o) => {
    if (!isObject(o)) return `"${name}" function has invalid options specified. Example valid options: ${spec.example}`;
    for (const key of Object.keys(o)) {
      if (!(key in spec.keys)) return `"${name}" function does not support "${key}" option`;
      if (!spec.keys[key](o[key])) return `"${name}" function and its "${key}" option has an invalid value. Example valid options: ${spec.example}`;
    }
    for (const key of spec.required ?? []) if (!(key in o)) return `"${name}" function is missing "${key}" option`;
    if (spec.minKeys && Object.keys(o).length < spec.minKeys) return `"${name}" function has invalid options specified. Example valid options: ${spec.example}`;
    return undefined;
  };
}
