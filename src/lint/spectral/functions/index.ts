import type { CoreFunction, RulesetFunction } from '../types.js';
import { alphabetical } from './alphabetical.js';
import { casing } from './casing.js';
import { defined } from './defined.js';
import { enumeration } from './enumeration.js';
import { falsy } from './falsy.js';
import { length } from './length.js';
import { or } from './or.js';
import { pattern } from './pattern.js';
import { schema } from './schema.js';
import { truthy } from './truthy.js';
import { typedEnum } from './typed-enum.js';
import { undefinedFunction } from './undefined.js';
import { unreferencedReusableObject } from './unreferenced-reusable-object.js';
import { xor } from './xor.js';

/** Spectral's core functions (@stoplight/spectral-functions, and typedEnum from its OAS ruleset), by name. */
export const CORE_FUNCTIONS: ReadonlyMap<string, CoreFunction> = new Map(
  [alphabetical, casing, defined, enumeration, falsy, length, or, pattern, schema, truthy, typedEnum, undefinedFunction, unreferencedReusableObject, xor].map(
    (f) => [f.name, f],
  ),
);

/**
 * The core functions whose results depend on their input, their options and at most the last key
 * of the path they are given, and whose result paths extend that path (all but
 * unreferencedReusableObject, which reads the whole document and reports components by their own
 * paths): the same input met under another path gives the same results, moved there.
 */
export const LOCAL_FUNCTIONS: ReadonlySet<RulesetFunction> = new Set(
  [...CORE_FUNCTIONS.values()].filter((f) => f !== unreferencedReusableObject).map((f) => f.run),
);

/** The core function behind a function object of `SPECTRAL_FUNCTIONS_MODULE`. */
export const CORE_OF = new WeakMap<object, CoreFunction>();

/**
 * @stoplight/spectral-functions as a JS ruleset or a custom function `require`s it: archway's core
 * functions, named as Spectral's, and known to the ruleset loader as core ones (their options are
 * checked when the ruleset loads).
 */
export const SPECTRAL_FUNCTIONS_MODULE: Readonly<Record<string, RulesetFunction>> = Object.fromEntries(
  [...CORE_FUNCTIONS.values()]
    .filter((f) => f.name !== 'typedEnum')
    .map((f) => {
      const exported: RulesetFunction = (input, options, context) => f.run(input, options, context);
      Object.defineProperty(exported, 'name', { value: f.name });
      CORE_OF.set(exported, f);
      return [f.name, exported];
    }),
);
