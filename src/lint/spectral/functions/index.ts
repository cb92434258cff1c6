import type { CoreFunction } from '../types.js';
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
