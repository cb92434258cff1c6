import { createRequire } from 'node:module';
import AjvImport, { type ErrorObject, type ValidateFunction } from 'ajv';
import Ajv2019Import from 'ajv/dist/2019.js';
import Ajv2020Import from 'ajv/dist/2020.js';
import AjvDraft04Import from 'ajv-draft-04';
import addFormatsImport from 'ajv-formats';
import { cjs } from '../../ajv-shared.js';
import { detectDialect } from '../formats.js';
import type { FunctionResult } from '../types.js';
import { any, coreFunction, isObject, optionsShape } from './options.js';

// The bundled ajv, which the built-in rules load anyway: requiring the installed package at run
// time would load and compile a second copy (about 25 ms on Box with the OWASP ruleset).
type AjvClass = new (options: object) => { compile(schema: object): ValidateFunction; addMetaSchema?(schema: object): void };
const DIALECTS = new Map<string, AjvClass>([
  ['draft4', cjs(AjvDraft04Import)],
  ['draft2019-09', cjs(Ajv2019Import)],
  ['draft2020-12', cjs(Ajv2020Import)],
]);
const Ajv = cjs<AjvClass>(AjvImport);
const addFormats = cjs<(ajv: unknown) => void>(addFormatsImport);

/** One ajv per dialect and error mode, made when first needed (Spectral's dialect handling: `$schema` picks it, draft 7 otherwise). */
const instances = new Map<string, { compile(schema: object): ValidateFunction }>();
const compiled = new Map<string, WeakMap<object, ValidateFunction>>();

function ajvFor(dialect: string, allErrors: boolean) {
  const key = `${dialect}:${allErrors}`;
  let ajv = instances.get(key);
  if (!ajv) {
    const Class = DIALECTS.get(dialect) ?? Ajv;
    const created = new Class({ allErrors, meta: true, messages: true, strict: false, allowUnionTypes: true, logger: false, unicodeRegExp: false });
    addFormats(created);
    // draft 6 is draft 7's ajv with the older meta-schema added (a JSON file, read when first needed).
    if (Class === Ajv) created.addMetaSchema?.(createRequire(import.meta.url)('ajv/dist/refs/json-schema-draft-06.json') as object);
    instances.set(key, (ajv = created));
  }
  let cache = compiled.get(key);
  if (!cache) compiled.set(key, (cache = new WeakMap()));
  return (schema: object) => {
    let validate = cache.get(schema);
    if (!validate) cache.set(schema, (validate = ajv.compile(schema)));
    return validate;
  };
}

function propertyName(instancePath: string, path: Array<string | number>): string | null {
  const i = instancePath.lastIndexOf('/');
  if (i !== -1) return instancePath.slice(i + 1);
  return path.length === 0 ? null : String(path[path.length - 1]);
}

/** better-ajv-errors' wording, which Spectral's messages carry. */
function describe(error: ErrorObject, path: Array<string | number>, target: unknown): string {
  const name = propertyName(error.instancePath, path);
  const pretty = name === null ? (typeof target === 'object' ? 'Object' : typeof target).replace(/^[a-z]/, (c) => c.toUpperCase()) : `"${name}" property`;
  const message = (error.message ?? '').replace(/['"]/g, '"').replace(/NOT/g, 'not');
  switch (error.keyword) {
    case 'additionalProperties':
      return `Property "${(error.params as { additionalProperty: string }).additionalProperty}" is not expected to be here`;
    case 'type':
      return name === null ? `Value type ${message}` : `"${name}" property type ${message}`;
    case 'enum':
      return `${pretty} ${message}: ${(error.params as { allowedValues: unknown[] }).allowedValues.map((v) => (typeof v === 'string' ? `"${v}"` : JSON.stringify(v))).join(', ')}`;
    default:
      return `${pretty} ${message}`;
  }
}

/** Errors of combinators are noise when a deeper error says more (better-ajv-errors drops them). */
function meaningful(errors: ErrorObject[]): ErrorObject[] {
  return errors.filter(
    (e) =>
      !(
        (e.keyword === 'anyOf' || e.keyword === 'oneOf') &&
        errors.some((o) => o !== e && o.instancePath.startsWith(e.instancePath) && o.keyword !== e.keyword)
      ),
  );
}

export const schema = coreFunction(
  'schema',
  any,
  optionsShape('schema', {
    required: ['schema'],
    keys: {
      schema: (v) => isObject(v) || typeof v === 'boolean',
      dialect: (v) => typeof v === 'string' && ['auto', 'draft4', 'draft6', 'draft7', 'draft2019-09', 'draft2020-12'].includes(v),
      allErrors: (v) => typeof v === 'boolean',
      prepareResults: (v) => typeof v === 'function',
    },
    example: '{ "schema": { "type": "object" } }',
  }),
  (input, opts: { schema: object; dialect?: string; allErrors?: boolean }, { path, rule }) => {
    if (input === undefined) return [{ path, message: '#{{print("property")}}must exist' }];
    const dialect = (opts.dialect === undefined || opts.dialect === 'auto' ? detectDialect(opts.schema) : opts.dialect) ?? 'draft7';
    let validate: ValidateFunction;
    try {
      validate = ajvFor(dialect, opts.allErrors ?? false)(opts.schema);
    } catch (error) {
      // An unresolvable $ref inside the schema is ignored on resolved documents, as Spectral does.
      if (rule.resolved && (error as Error).constructor?.name === 'MissingRefError') return undefined;
      return [{ message: (error as Error).message, path }];
    }
    if (validate(input) !== false || !Array.isArray(validate.errors)) return undefined;
    const results: FunctionResult[] = [];
    const seen = new Set<string>();
    for (const error of meaningful(validate.errors)) {
      const message = describe(error, path, input);
      // An error at the input itself (most of them) is reported at the function's path, shared, not copied.
      const errorPath =
        error.instancePath === ''
          ? path
          : [
              ...path,
              ...error.instancePath
                .slice(1)
                .split('/')
                .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~')),
            ];
      // Within one call the path is fixed: the instance path tells the error paths apart.
      const key = `${error.instancePath}\0${message}`;
      if (seen.has(key)) continue;
      seen.add(key);
      results.push({ message, path: errorPath });
    }
    return results;
  },
);
