// Written by hand, deliberately: ajv has no interpreter mode, and compiling a schema per example
// cost seconds on large descriptions (GitHub: 3,570 examples). An example skips ajv only when this
// precheck finds it certainly valid, for the keywords it knows (with ajv's own `equal` and
// `ucs2length`); everything else goes to the error model (ajv-errors.ts), then to ajv.
// test/lint/precheck.test.ts holds it to ajv on every example of the corpus.
import type { ContractDocument, ContractFile } from '../contracts/load.js';
import { joinPointer } from '../core/pointer.js';
import { DROPPED, equal, MAX_DEPTH, TYPES, ucs2length, UnicodePatterns } from './ajv-shared.js';
import { isObject, resolveAt, type Located } from './helpers.js';

/** Certain to pass ajv, certain to fail it, or not known (ajv decides). */
export const enum Verdict {
  Valid,
  Invalid,
  Unknown,
}

export type JsonType = 'null' | 'boolean' | 'number' | 'string' | 'array' | 'object';
/** Read by no ajv validation (annotations and containers); `nullable` is read with `type`. */
const INERT = new Set([
  'readOnly',
  'writeOnly',
  'deprecated',
  'default',
  'nullable',
  'definitions',
  '$defs',
  '$comment',
  'contentMediaType',
  'contentEncoding',
]);

/** An ajv format as added by ajv-formats: a RegExp, a function, or a definition with a type. */
export type FormatDefinition = true | RegExp | ((s: unknown) => boolean) | { type?: string; validate: RegExp | ((s: unknown) => boolean); async?: boolean };

/**
 * Judges an example against its schema without compiling it, for the keywords whose ajv semantics
 * are simple, under the same options SchemaValidator gives ajv. Its answer is binding only when
 * it is `Valid` (a `Valid` that ajv would reject is a bug: the corpus test checks that they agree);
 * anything else goes to ajv, which also words the error. Most examples are valid, so most schemas
 * are never compiled.
 */
export class Precheck {
  private readonly patterns = new UnicodePatterns();

  constructor(
    private readonly doc: ContractDocument,
    private readonly dialect: '2020-12' | 'draft-04',
    private readonly formats: Record<string, FormatDefinition | undefined>,
  ) {}

  verdict(schema: Located, value: unknown): Verdict {
    return this.judge(schema.node, schema.at.file, schema.at.pointer, value, 0);
  }

  private judge(schema: unknown, file: ContractFile, pointer: string, value: unknown, depth: number): Verdict {
    if (depth > MAX_DEPTH) return Verdict.Unknown;
    if (typeof schema === 'boolean') return this.dialect === '2020-12' ? (schema ? Verdict.Valid : Verdict.Invalid) : Verdict.Unknown;
    if (!isObject(schema)) return Verdict.Unknown;
    if ('$ref' in schema) {
      if (typeof schema.$ref !== 'string') return Verdict.Unknown;
      const target = resolveAt(this.doc, schema, { file, pointer });
      if (!isObject(target.node) || typeof target.node.$ref === 'string') return Verdict.Unknown;
      // A target ajv cannot compile passes in ajv (the lazy ref keyword): only Valid carries over.
      return this.judge(target.node, target.at.file, target.at.pointer, value, depth + 1) === Verdict.Valid ? Verdict.Valid : Verdict.Unknown;
    }
    const type = jsonType(value);
    if (type === undefined) return Verdict.Unknown;
    const at = (key: string, ...rest: Array<string | number>) => joinPointer(pointer, key, ...rest);
    const sub = (s: unknown, p: string, v: unknown) => this.judge(s, file, p, v, depth + 1);
    let unknown = false;
    // Keywords are a conjunction: one certain failure decides, whatever the others are.
    const note = (v: Verdict): boolean => {
      if (v === Verdict.Unknown) unknown = true;
      return v === Verdict.Invalid;
    };
    for (const key of Object.keys(schema)) {
      if (DROPPED.has(key) || key.startsWith('x-') || INERT.has(key)) continue;
      const k = schema[key];
      let v: Verdict;
      switch (key) {
        case 'type':
          v = this.type(schema, type, value);
          break;
        case 'enum':
          v = !Array.isArray(k) ? Verdict.Unknown : k.some((e) => equal(e, value)) ? Verdict.Valid : Verdict.Invalid;
          break;
        case 'const':
          v = equal(k, value) ? Verdict.Valid : Verdict.Invalid;
          break;
        case 'allOf':
          v = !Array.isArray(k) || k.length === 0 ? Verdict.Unknown : all(k.map((s, i) => sub(s, at(key, i), value)));
          break;
        case 'anyOf':
        case 'oneOf': {
          if (!Array.isArray(k) || k.length === 0) {
            v = Verdict.Unknown;
            break;
          }
          const vs = k.map((s, i) => sub(s, at(key, i), value));
          const valid = vs.filter((x) => x === Verdict.Valid).length;
          const known = !vs.includes(Verdict.Unknown);
          if (key === 'anyOf') v = valid > 0 ? Verdict.Valid : known ? Verdict.Invalid : Verdict.Unknown;
          else v = valid > 1 ? Verdict.Invalid : known ? (valid === 1 ? Verdict.Valid : Verdict.Invalid) : Verdict.Unknown;
          break;
        }
        case 'not': {
          const n = sub(k, at(key), value);
          v = n === Verdict.Valid ? Verdict.Invalid : n === Verdict.Invalid ? Verdict.Valid : Verdict.Unknown;
          break;
        }
        default:
          v = this.typed(schema, key, k, type, value, at, sub);
      }
      if (note(v)) return Verdict.Invalid;
    }
    return unknown ? Verdict.Unknown : Verdict.Valid;
  }

  /** ajv's `type` (with OpenAPI 3.0's `nullable`): integers are numbers; `nullable: true` adds null. */
  private type(schema: Record<string, any>, type: JsonType, value: unknown): Verdict {
    const types: unknown[] = Array.isArray(schema.type) ? [...schema.type] : [schema.type];
    if (!types.every((t) => typeof t === 'string' && TYPES.has(t))) return Verdict.Unknown;
    if (types.includes('null')) {
      if (schema.nullable === false) return Verdict.Unknown;
    } else if (schema.nullable === true) types.push('null');
    const ok = types.includes(type) || (type === 'number' && types.includes('integer') && Number.isInteger(value));
    return ok ? Verdict.Valid : Verdict.Invalid;
  }

  /** The keywords that apply to one JSON type only: other types pass them. */
  private typed(
    schema: Record<string, any>,
    key: string,
    k: any,
    type: JsonType,
    value: any,
    at: (key: string, ...rest: Array<string | number>) => string,
    sub: (s: unknown, p: string, v: unknown) => Verdict,
  ): Verdict {
    const test = (ok: boolean) => (ok ? Verdict.Valid : Verdict.Invalid);
    const count = (n: unknown): n is number => Number.isInteger(n) && (n as number) >= 0;
    switch (key) {
      case 'minimum':
      case 'maximum':
        if (typeof k !== 'number') return Verdict.Unknown;
        if (type !== 'number') return Verdict.Valid;
        if (this.dialect === 'draft-04') {
          const exclusive = schema[key === 'minimum' ? 'exclusiveMinimum' : 'exclusiveMaximum'];
          if (exclusive !== undefined && typeof exclusive !== 'boolean') return Verdict.Unknown;
          if (exclusive === true) return test(key === 'minimum' ? value > k : value < k);
        }
        return test(key === 'minimum' ? value >= k : value <= k);
      case 'exclusiveMinimum':
      case 'exclusiveMaximum':
        // draft-04: a modifier of minimum/maximum, read there.
        if (this.dialect === 'draft-04') return typeof k === 'boolean' ? Verdict.Valid : Verdict.Unknown;
        if (typeof k !== 'number') return Verdict.Unknown;
        return type !== 'number' ? Verdict.Valid : test(key === 'exclusiveMinimum' ? value > k : value < k);
      case 'multipleOf': {
        if (typeof k !== 'number' || !(k > 0)) return Verdict.Unknown;
        if (type !== 'number') return Verdict.Valid;
        // ajv with multipleOfPrecision: 9.
        const quotient = value / k;
        return test(!(Math.abs(Math.round(quotient) - quotient) > 1e-9));
      }
      case 'minLength':
      case 'maxLength':
        if (!count(k)) return Verdict.Unknown;
        if (type !== 'string') return Verdict.Valid;
        return test(key === 'minLength' ? ucs2length(value) >= k : ucs2length(value) <= k);
      case 'pattern': {
        const re = typeof k === 'string' ? this.patterns.get(k) : undefined;
        if (!re) return Verdict.Unknown;
        return type !== 'string' ? Verdict.Valid : test(re.test(value));
      }
      case 'format':
        return this.format(k, type, value);
      case 'minItems':
      case 'maxItems':
        if (!count(k)) return Verdict.Unknown;
        if (type !== 'array') return Verdict.Valid;
        return test(key === 'minItems' ? value.length >= k : value.length <= k);
      case 'uniqueItems':
        if (typeof k !== 'boolean') return Verdict.Unknown;
        if (type !== 'array' || !k) return Verdict.Valid;
        for (let i = 1; i < value.length; i++) for (let j = 0; j < i; j++) if (equal(value[i], value[j])) return Verdict.Invalid;
        return Verdict.Valid;
      case 'items':
        if (!isObject(k) && typeof k !== 'boolean') return Verdict.Unknown;
        return type !== 'array' ? Verdict.Valid : all(value.map((item: unknown) => sub(k, at(key), item)));
      case 'minProperties':
      case 'maxProperties':
        if (!count(k)) return Verdict.Unknown;
        if (type !== 'object') return Verdict.Valid;
        return test(key === 'minProperties' ? Object.keys(value).length >= k : Object.keys(value).length <= k);
      case 'required':
        if (!Array.isArray(k) || !k.every((p) => typeof p === 'string' && !(p in Object.prototype))) return Verdict.Unknown;
        return type !== 'object' ? Verdict.Valid : test(k.every((p: string) => value[p] !== undefined));
      case 'properties':
        if (!isObject(k) || Object.keys(k).some((p) => p in Object.prototype)) return Verdict.Unknown;
        if (type !== 'object') return Verdict.Valid;
        return all(Object.keys(k).map((p) => (value[p] === undefined ? Verdict.Valid : sub(k[p], at(key, p), value[p]))));
      case 'patternProperties': {
        if (!isObject(k)) return Verdict.Unknown;
        const res = Object.keys(k).map((p) => this.patterns.get(p));
        if (res.some((re) => !re)) return Verdict.Unknown;
        if (type !== 'object') return Verdict.Valid;
        const names = Object.keys(k);
        return all(Object.keys(value).flatMap((name) => names.filter((_, i) => res[i]!.test(name)).map((p) => sub(k[p], at(key, p), value[name]))));
      }
      case 'additionalProperties': {
        if (!isObject(k) && typeof k !== 'boolean') return Verdict.Unknown;
        const patterns = isObject(schema.patternProperties) ? Object.keys(schema.patternProperties).map((p) => this.patterns.get(p)) : [];
        if (patterns.some((re) => !re)) return Verdict.Unknown;
        if (type !== 'object' || k === true) return Verdict.Valid;
        const declared = isObject(schema.properties) ? schema.properties : {};
        const extra = Object.keys(value).filter((name) => !Object.hasOwn(declared, name) && !patterns.some((re) => re!.test(name)));
        if (k === false) return test(extra.length === 0);
        return all(extra.map((name) => sub(k, at(key), value[name])));
      }
      default:
        return Verdict.Unknown;
    }
  }

  /** ajv's `format`: an unknown format passes (strict: false); a format checks only values of its type. */
  private format(name: unknown, type: JsonType, value: unknown): Verdict {
    if (typeof name !== 'string') return Verdict.Unknown;
    const check = formatCheck(this.formats, name, type);
    if (check === undefined) return Verdict.Unknown;
    if (check === true) return Verdict.Valid;
    return (typeof check === 'function' ? check(value) : check.test(value as string)) ? Verdict.Valid : Verdict.Invalid;
  }
}

function all(verdicts: Verdict[]): Verdict {
  if (verdicts.includes(Verdict.Invalid)) return Verdict.Invalid;
  return verdicts.includes(Verdict.Unknown) ? Verdict.Unknown : Verdict.Valid;
}

/** The JSON type of a parsed value; undefined for what no JSON document holds (non-finite numbers, class instances). */
export function jsonType(value: unknown): JsonType | undefined {
  if (value === null) return 'null';
  switch (typeof value) {
    case 'boolean':
    case 'string':
      return typeof value as JsonType;
    case 'number':
      return Number.isFinite(value) ? 'number' : undefined;
    case 'object': {
      if (Array.isArray(value)) return 'array';
      const proto = Object.getPrototypeOf(value);
      return proto === Object.prototype || proto === null ? 'object' : undefined;
    }
    default:
      return undefined;
  }
}

/**
 * How ajv checks a value of `type` against a named format: true when it passes without a check
 * (unknown format, or a format of another type), the check, or undefined when it cannot be told.
 */
export function formatCheck(
  formats: Record<string, FormatDefinition | undefined>,
  name: string,
  type: JsonType,
): true | RegExp | ((s: unknown) => boolean) | undefined {
  if (!Object.hasOwn(formats, name)) return name in formats ? undefined : true;
  const def = formats[name];
  if (def === undefined || def === true) return true;
  const [formatType, check] = def instanceof RegExp || typeof def === 'function' ? ['string', def] : def.async ? [] : [def.type ?? 'string', def.validate];
  if (check === undefined) return undefined;
  return formatType !== type ? true : check;
}
