import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ErrorObject, ValidateFunction } from 'ajv';
import Ajv2020Import from 'ajv/dist/2020.js';

const cjs = <T>(m: unknown): T => ((m as { default?: T }).default ?? m) as T;
const Ajv2020 = cjs<typeof Ajv2020Import.default>(Ajv2020Import);

export type OasVersion = '2.0' | '3.0' | '3.1';

/** schema/oas in the package, found by walking up from this module (dist/src, dist/bundle, an installed package). */
function schemaDir(): string {
  for (let dir = dirname(fileURLToPath(import.meta.url)); ; dir = dirname(dir)) {
    const candidate = join(dir, 'schema', 'oas');
    if (existsSync(join(candidate, '3.1.json'))) return candidate;
    if (dirname(dir) === dir) throw new Error('archway’s schema/oas folder was not found above its modules');
  }
}

const validators = new Map<OasVersion, ValidateFunction>();

/**
 * The validator of OpenAPI documents of one version, compiled once per process on first use
 * (compiling all three costs a few hundred milliseconds; a run needs one).
 */
export function structureValidator(version: OasVersion): ValidateFunction {
  let validate = validators.get(version);
  if (validate) return validate;
  const dir = schemaDir();
  const read = (name: string) => JSON.parse(readFileSync(join(dir, name), 'utf8')) as Record<string, unknown>;
  // allErrors: every structural problem of the document at once, not the first only. Unoptimised code compiles a quarter faster and validates as fast.
  const ajv = new Ajv2020({ strict: false, logger: false, allErrors: true, validateFormats: false, code: { optimize: false } });
  // The meta-schemas the document schemas refer to (2.0 borrows keywords from draft-04's).
  const metas =
    version === '3.1'
      ? ['json-schema-2020-12-validation.json', 'json-schema-2020-12.json', '3.1-meta.json', '3.1-dialect.json']
      : version === '2.0'
        ? ['json-schema-draft-04.json']
        : [];
  for (const name of metas) ajv.addSchema(read(name));
  validate = ajv.compile(read(`${version}.json`));
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
