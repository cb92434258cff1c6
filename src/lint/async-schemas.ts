/**
 * JSON Schema validation for the AsyncAPI peer rules: documents against the official AsyncAPI
 * schemas (vendored in schema/asyncapi-specs.json.gz), payload schemas against AsyncAPI's Schema
 * Object, and values (defaults, examples) against the document's own schemas, in draft-07 (the
 * dialect of AsyncAPI's Schema Object).
 */
import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { gunzipSync } from 'node:zlib';
import AjvImport, { type ErrorObject, type ValidateFunction } from 'ajv';
import addFormatsImport from 'ajv-formats';
import type { ContractDocument } from '../contracts/load.js';
import type { At } from '../contracts/walk.js';
import { packagePath } from '../core/package-path.js';
import { escapeSegment, getAtPointer, pointerToFragment } from '../core/pointer.js';
import { child, follow, placeKey } from './events.js';
import { cjs } from './ajv-shared.js';
import { isObject, type Located } from './helpers.js';

const Ajv = cjs<typeof AjvImport.default>(AjvImport);
const addFormats = cjs<typeof addFormatsImport.default>(addFormatsImport);
type AjvInstance = InstanceType<typeof AjvImport.default>;

// Without ajv's messages and code optimisation the AsyncAPI 3.0 schema compiles about twice as
// fast (over a second otherwise); `describe` words the errors instead.
const newAjv = (allErrors: boolean) =>
  addFormats(
    new Ajv({
      allErrors,
      strict: false,
      logger: false,
      validateSchema: false,
      allowUnionTypes: true,
      multipleOfPrecision: 9,
      messages: false,
      code: { optimize: false },
    }),
  ) as AjvInstance;

let specs: Record<string, Record<string, any>> | undefined;

/** The vendored AsyncAPI schemas by version, read once, when a rule first needs them. */
function asyncapiSpecs(): Record<string, Record<string, any>> {
  if (specs) return specs;
  return (specs = (JSON.parse(gunzipSync(readFileSync(packagePath('schema/asyncapi-specs.json.gz'))).toString('utf8')) as { schemas: typeof specs }).schemas!);
}

/** The schema version for a document version: 2.6.1 is validated as 2.6.0; unknown versions not at all. */
function specVersion(version: string): string | undefined {
  const minor = /^(\d+\.\d+)\./.exec(version)?.[1];
  return minor !== undefined && `${minor}.0` in asyncapiSpecs() ? `${minor}.0` : undefined;
}

/** A copy of a version's schema without the JSON Schema meta-schemas ajv already knows. */
function specCopy(version: string): Record<string, any> {
  const copy = structuredClone(asyncapiSpecs()[version]);
  delete copy.definitions['http://json-schema.org/draft-07/schema'];
  delete copy.definitions['http://json-schema.org/draft-04/schema'];
  return copy;
}

const documentValidators = new Map<string, ValidateFunction | undefined>();

/** The validator of whole documents of an AsyncAPI version, compiled once per process. */
export function documentValidator(version: string): ValidateFunction | undefined {
  const key = specVersion(version);
  if (key === undefined) return undefined;
  if (!documentValidators.has(key)) {
    const copy = specCopy(key);
    // The loader accepts patch releases (2.6.1) the schema's const would reject.
    if (isObject(copy.properties?.asyncapi)) delete copy.properties.asyncapi.const;
    documentValidators.set(key, newAjv(true).compile(copy));
  }
  return documentValidators.get(key);
}

const payloadValidators = new Map<string, ValidateFunction | undefined>();

/** The validator of AsyncAPI Schema Objects (a message payload) of a version, compiled once per process. */
export function payloadSchemaValidator(version: string): ValidateFunction | undefined {
  const key = specVersion(version);
  if (key === undefined) return undefined;
  if (!payloadValidators.has(key)) {
    const { definitions } = specCopy(key);
    const id = `http://asyncapi.com/definitions/${key}/schema.json`;
    payloadValidators.set(key, id in definitions ? newAjv(true).compile({ $ref: id, definitions }) : undefined);
  }
  return payloadValidators.get(key);
}

export interface SchemaProblem {
  /** Where in the validated value, as a JSON pointer relative to it. */
  pointer: string;
  /** The offending property is named by the pointer's last segment: report on the key. */
  key: boolean;
  message: string;
  keyword: string;
}

const BRANCHING = new Set(['oneOf', 'anyOf', 'if', 'then', 'else', 'not']);

function holdsRef(value: unknown): boolean {
  const stack = [value];
  while (stack.length > 0) {
    const v = stack.pop();
    if (Array.isArray(v)) stack.push(...v);
    else if (isObject(v)) {
      if (typeof v.$ref === 'string') return true;
      stack.push(...Object.values(v));
    }
  }
  return false;
}

/**
 * ajv's errors reduced to what a reader can act on, as Spectral does: an unexpected property
 * is located at the property, a branch of a `oneOf` that wanted a `$ref` is dropped, and where
 * errors nest only the deepest are kept (the branch that got furthest), one per place.
 */
export function schemaProblems(errors: readonly ErrorObject[], data?: unknown): SchemaProblem[] {
  // Validated as written, a `{ $ref }` can satisfy several branches of a oneOf, or none of a
  // branch that wanted it resolved (Spectral validates the resolved document): a branching
  // error over a subtree holding a `$ref` is not the document's fault; its other errors stand.
  const overRef = (e: ErrorObject) => BRANCHING.has(e.keyword) && data !== undefined && holdsRef(getAtPointer(data, e.instancePath));
  const located = errors
    .filter((e) => !overRef(e))
    // A `{ $ref }` matches both a Reference branch and a permissive object branch of some oneOfs
    // (2.1's Parameter): several passing branches is the schemas' ambiguity, not the document's error.
    .filter((e) => !(e.keyword === 'oneOf' && Array.isArray((e.params as { passingSchemas?: unknown }).passingSchemas)))
    // An `if` error only says its `then` or `else` failed, which has errors of its own.
    .filter((e) => e.keyword !== 'if')
    .filter((e) => !(e.keyword === 'required' && (e.params as { missingProperty?: string }).missingProperty === '$ref'))
    .map((e) => {
      const property = e.keyword === 'additionalProperties' ? String((e.params as { additionalProperty: string }).additionalProperty) : undefined;
      const pointer = property === undefined ? e.instancePath : `${e.instancePath}/${escapeSegment(property)}`;
      return { pointer, key: property !== undefined, message: describe(e, property), keyword: e.keyword };
    });
  const deeper = (p: string) => located.some((o) => o.pointer.startsWith(`${p}/`));
  const kept = new Map<string, SchemaProblem>();
  for (const problem of located) {
    if (deeper(problem.pointer)) continue;
    const known = kept.get(problem.pointer);
    if (!known || (BRANCHING.has(known.keyword) && !BRANCHING.has(problem.keyword))) kept.set(problem.pointer, problem);
  }
  return [...kept.values()];
}

/** An error in one present-tense clause, the words ajv would use. */
function describe(e: ErrorObject, property: string | undefined): string {
  const p = e.params as Record<string, any>;
  if (property === '$ref') return 'a $ref is not allowed here';
  if (property !== undefined) return `property "${property}" is not expected here`;
  switch (e.keyword) {
    case 'required':
      return `must have required property "${p.missingProperty}"`;
    case 'type':
      return `must be ${p.type}`;
    case 'enum':
      return `must be one of ${(p.allowedValues as unknown[]).map((v) => JSON.stringify(v)).join(', ')}`;
    case 'const':
      return `must be ${JSON.stringify(p.allowedValue)}`;
    case 'format':
      return `must match format "${p.format}"`;
    case 'pattern':
      return `must match pattern "${p.pattern}"`;
    case 'maximum':
    case 'minimum':
    case 'exclusiveMaximum':
    case 'exclusiveMinimum':
      return `must be ${p.comparison} ${p.limit}`;
    case 'maxLength':
    case 'maxItems':
    case 'maxProperties':
      return `must not have more than ${p.limit} ${e.keyword.slice(3).toLowerCase()}`;
    case 'minLength':
    case 'minItems':
    case 'minProperties':
      return `must not have fewer than ${p.limit} ${e.keyword.slice(3).toLowerCase()}`;
    case 'uniqueItems':
      return `must not have duplicate items (${p.j} and ${p.i} are identical)`;
    case 'oneOf':
      return 'must match exactly one of the allowed shapes';
    case 'anyOf':
      return 'must match one of the allowed shapes';
    default:
      return `must pass "${e.keyword}"`;
  }
}

const uri = (path: string) => (/^https?:\/\//i.test(path) ? path : pathToFileURL(path).href);

/** Loads every local file a schema reaches, so that ajv, which resolves refs itself, finds them all. */
function reachFiles(doc: ContractDocument, start: Located): void {
  const seen = new Set<unknown>();
  const stack: Located[] = [start];
  const visit = (value: unknown, at: At) => {
    if (Array.isArray(value)) value.forEach((v, i) => visit(v, child(at, i)));
    else if (isObject(value)) {
      const found = follow(doc, value, at);
      if (found && !seen.has(found.node)) stack.push(found);
    }
  };
  while (stack.length > 0) {
    const { node, at } = stack.pop()!;
    seen.add(node);
    for (const [key, value] of Object.entries(node)) visit(value, child(at, key));
  }
}

/**
 * Validates values against a document's schemas in draft-07. One per document and rule: each
 * file is handed to ajv once and each schema compiled once, on first use. `makeAjv` gives a rule
 * its own ajv options (the default checks formats and leaves the wording to `describe`).
 */
export class ValueValidator {
  private ajv: AjvInstance | undefined;
  private readonly added = new Set<string>();
  private readonly compiled = new Map<string, ValidateFunction | undefined>();

  constructor(
    private readonly doc: ContractDocument,
    private readonly makeAjv: () => AjvInstance = () => newAjv(false),
  ) {}

  /** The most specific problem of `value` against `schema`, or undefined when it is valid or cannot be judged. */
  check(schema: Located, value: unknown): SchemaProblem | undefined {
    const validate = this.compile(schema);
    if (!validate || validate(value)) return undefined;
    const problems = schemaProblems(validate.errors ?? []);
    return problems.reduce<SchemaProblem | undefined>((best, p) => (!best || p.pointer.length > best.pointer.length ? p : best), undefined);
  }

  /** The compiled schema, or undefined when ajv cannot compile it (a remote ref, an invalid pattern). */
  compile(schema: Located): ValidateFunction | undefined {
    const key = placeKey(schema.at);
    if (this.compiled.has(key)) return this.compiled.get(key);
    this.ajv ??= this.makeAjv();
    reachFiles(this.doc, schema);
    for (const [path, file] of this.doc.files) {
      if (!file || this.added.has(path)) continue;
      this.added.add(path);
      try {
        this.ajv.addSchema(file.root as object, uri(path));
      } catch {
        // Two subschemas with one `$id`: refs into this file stay unresolved and its schemas uncompiled.
      }
    }
    let validate: ValidateFunction | undefined;
    try {
      validate = this.ajv.compile({ $ref: `${uri(schema.at.file.path)}#${pointerToFragment(schema.at.pointer)}` });
    } catch {
      // A schema ajv cannot compile (a remote ref, an invalid pattern) is not judged.
    }
    this.compiled.set(key, validate);
    return validate;
  }
}

/** A schema's own `default`, or each of its `examples`, that the schema rejects; `what` names the schema in messages. */
export function valueProblems(
  validator: ValueValidator,
  schema: Located,
  kind: 'default' | 'examples',
  what: string,
): Array<{ at: At; message: string; data: Record<string, unknown> }> {
  const values: Array<{ value: unknown; at: At; label: string }> =
    kind === 'default'
      ? schema.node.default === undefined
        ? []
        : [{ value: schema.node.default, at: child(schema.at, 'default'), label: 'default' }]
      : Array.isArray(schema.node.examples)
        ? schema.node.examples.map((value: unknown, i: number) => ({ value, at: child(schema.at, 'examples', i), label: `example ${i}` }))
        : [];
  return values.flatMap(({ value, at, label }) => {
    const problem = validator.check(schema, value);
    if (!problem) return [];
    const where = problem.pointer === '' ? '' : `${problem.pointer} `;
    return [
      { at, message: `the ${label} of ${what} does not match it: ${where}${problem.message}`, data: { keyword: problem.keyword, path: problem.pointer } },
    ];
  });
}
