import type { FunctionResult } from '../types.js';
import { coreFunction, isObject, optionsShape } from './options.js';

/** Shared by `or` and `xor`: "at least one of …" when none of the properties is there. */
export function noneDefined(target: Record<string, unknown>, properties: string[]): { present: string[]; results: FunctionResult[] } {
  const present = Object.keys(target).filter((key) => properties.includes(key));
  const results: FunctionResult[] = [];
  if (present.length === 0) {
    results.push({
      message:
        properties.length > 4
          ? `At least one of "${properties.slice(0, 3).join('" or "')}" or ${properties.length - 3} other properties must be defined`
          : `At least one of "${properties.join('" or "')}" must be defined`,
    });
  }
  return { present, results };
}

export const propertiesOption = (name: string) =>
  optionsShape(name, {
    required: ['properties'],
    keys: { properties: (v) => Array.isArray(v) && v.length >= 2 && v.every((p) => typeof p === 'string') },
    example: '{ "properties": ["default", "example"] }',
  });

export const xor = coreFunction('xor', isObject, propertiesOption('xor'), (input, { properties }: { properties: string[] }) => {
  const { present, results } = noneDefined(input as Record<string, unknown>, properties);
  if (present.length > 1) results.push({ message: `Just one of "${present.join('" and "')}" must be defined` });
  return results;
});
