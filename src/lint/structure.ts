import { createRequire } from 'node:module';
import type { ErrorObject, ValidateFunction } from 'ajv';
import { packagePath } from '../core/package-path.js';
import type { OasVersion } from './structure-schema.js';

export type { OasVersion } from './structure-schema.js';

const validators = new Map<OasVersion, ValidateFunction>();

/**
 * The validator of OpenAPI documents of one version: the code the build generated from the
 * schema (scripts/precompile-schemas.ts), loaded once per process on first use.
 */
export function structureValidator(version: OasVersion): ValidateFunction {
  let validate = validators.get(version);
  if (validate) return validate;
  validate = createRequire(import.meta.url)(packagePath(`dist/oas-validators/${version}.cjs`)) as ValidateFunction;
  validators.set(version, validate);
  return validate;
}

/** Where the problem is: the instance path, plus the property for a property that is not allowed. */
export function pathOf(error: ErrorObject): string {
  const property: unknown = error.params?.additionalProperty ?? error.params?.unevaluatedProperty;
  return property === undefined ? error.instancePath : `${error.instancePath}/${String(property).replace(/~/g, '~0').replace(/\//g, '~1')}`;
}

/**
 * ajv's errors as one problem per place: a node that fails `oneOf` fails every branch, and the
 * branch that went deepest into the node is the one the author meant; its errors stand and the
 * shallower ones (`must match exactly one schema`, the other branch's `must have $ref`) go.
 */
export function structureErrors(errors: readonly ErrorObject[]): ErrorObject[] {
  const relevant = errors.filter((e) => !['if', 'oneOf', 'anyOf', 'allOf', 'not', 'errorMessage', '$ref', 'then', 'else'].includes(e.keyword));
  const paths = relevant.map(pathOf);
  const sorted = [...new Set(paths)].sort();
  // A path is kept when no other error lies below it: its descendants sort first among the paths from `${p}/` on.
  const leaf = new Set(sorted.filter((p) => !(sorted[lowerBound(sorted, `${p}/`)] ?? '').startsWith(`${p}/`)));
  const seen = new Set<string>();
  return relevant.filter((_e, i) => {
    if (!leaf.has(paths[i]) || seen.has(paths[i])) return false;
    seen.add(paths[i]);
    return true;
  });
}

function lowerBound(sorted: readonly string[], value: string): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid] < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
