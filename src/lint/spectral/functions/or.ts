import { coreFunction, isObject } from './options.js';
import { noneDefined, propertiesOption } from './xor.js';

export const or = coreFunction(
  'or',
  isObject,
  propertiesOption('or'),
  (input, { properties }: { properties: string[] }) => noneDefined(input as Record<string, unknown>, properties).results,
);
