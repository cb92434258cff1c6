// Written by hand, deliberately, beside ajv: on a large description most examples the precheck
// cannot pass are invalid, and compiling their schemas (one ajv compile each, ~3 ms, for some
// hundreds of schemas) was most of the time of the whole lint. This replays what ajv's compiled
// code does with the options SchemaValidator gives it — keyword groups in ajv's own rule order
// (read from the ajv instance), the first failing keyword ends a schema, composite branches
// collect their errors — so it gives ajv's error objects without compiling. It answers only for
// schemas made of keywords it models, and gives up (ajv judges) on anything else.
// test/lint/precheck.test.ts holds it to ajv on every example of the corpus.
import type { ContractDocument, ContractFile } from '../contracts/load.js';
import { escapeSegment, joinPointer } from '../core/pointer.js';
import { DATA, DROPPED, equal, MAX_DEPTH, NAMED, TYPES, ucs2length, UnicodePatterns } from './ajv-shared.js';
import { isObject, resolveAt, type Located } from './helpers.js';
import { formatCheck, jsonType, type FormatDefinition, type JsonType } from './precheck.js';

/** An ajv error object as ajv builds it with `messages: false`. */
export interface AjvError {
  instancePath: string;
  schemaPath: string;
  keyword: string;
  params: Record<string, unknown>;
}

/** The parts of ajv's rule table this reads (`ajv.RULES`). */
export interface AjvRules {
  rules: Array<{ type?: string; rules: Array<{ keyword: string; definition: object }> }>;
  all: Record<string, unknown>;
}

/** Keywords ajv knows that have no code: they pass whatever the value (their schema types are checked below). */
const NO_CODE = new Set(['type', 'nullable', '$comment']);
/** SchemaValidator's lazy reference keyword: ajv rewrites the schemaPath of every error that passes through it. */
const REF = 'x-archway-ref';

class GiveUp extends Error {}

const escapeFragment = (s: string) => encodeURIComponent(escapeSegment(s));

/**
 * ajv's errors for a value against a schema, or undefined when this cannot tell (ajv must).
 * An empty list means ajv finds the value valid.
 */
export class AjvErrors {
  /** Whether a schema, as SchemaValidator copies it, compiles in ajv and holds only modelled keywords. */
  private readonly modelled = new WeakMap<object, boolean>();
  private readonly patterns = new UnicodePatterns();
  private readonly plans = new WeakMap<object, Plan>();

  constructor(
    private readonly doc: ContractDocument,
    private readonly dialect: '2020-12' | 'draft-04',
    private readonly formats: Record<string, FormatDefinition | undefined>,
    private readonly rules: AjvRules,
  ) {}

  errors(schema: Located, value: unknown): readonly AjvError[] | undefined {
    if (!isObject(schema.node) || !this.isModelled(schema.node, schema.at.file, schema.at.pointer)) return undefined;
    try {
      return this.schema(schema.node, schema.at.file, schema.at.pointer, value, '', false, 0);
    } catch (e) {
      if (e instanceof GiveUp) return undefined;
      throw e;
    }
  }

  // ---- Which schemas ajv compiles the way this models -------------------------------------------

  private isModelled(node: Record<string, any>, file: ContractFile, pointer: string): boolean {
    let known = this.modelled.get(node);
    if (known === undefined) {
      known = this.modelledSchema(node, file, pointer);
      this.modelled.set(node, known);
    }
    return known;
  }

  /** A schema position of a compile unit (references are units of their own, compiled lazily). */
  private modelledSchema(node: unknown, file: ContractFile, pointer: string): boolean {
    if (typeof node === 'boolean') return true;
    if (!isObject(node)) return false;
    if ('$ref' in node) return typeof node.$ref === 'string' && this.resolvable(node, file, pointer);
    const at = (...rest: Array<string | number>) => joinPointer(pointer, ...rest);
    const keys = this.keys(node);
    for (const key of keys) {
      if (key.startsWith('unevaluated')) return false;
      const k = node[key];
      if (!(key in this.rules.all)) {
        // A keyword ajv does not know is ignored, but SchemaValidator still copies (and resolves) it.
        if (!this.copyable(k, file, at(key), NAMED.has(key), DATA.has(key))) return false;
        continue;
      }
      if (!this.modelledKeyword(node, key, k, file, at)) return false;
    }
    return true;
  }

  private modelledKeyword(node: Record<string, any>, key: string, k: any, file: ContractFile, at: (...rest: Array<string | number>) => string): boolean {
    const number = typeof k === 'number' && Number.isFinite(k);
    const schemas = (list: unknown) => Array.isArray(list) && list.length > 0 && list.every((s, i) => this.modelledSchema(s, file, at(key, i)));
    switch (key) {
      case 'type': {
        const types: unknown[] = Array.isArray(k) ? k : [k];
        if (!types.every((t) => typeof t === 'string' && TYPES.has(t))) return false;
        return !(types.includes('null') && node.nullable === false);
      }
      case 'nullable':
        return typeof k === 'boolean';
      case '$comment':
        return true;
      case 'enum':
        return Array.isArray(k) && k.length > 0 && this.copyable(k, file, at(key), false, true);
      case 'const':
        return this.copyable(k, file, at(key), false, true);
      case 'not':
        return this.modelledSchema(k, file, at(key));
      case 'allOf':
      case 'anyOf':
      case 'oneOf':
        return schemas(k);
      case 'maximum':
      case 'minimum':
        return number;
      case 'exclusiveMaximum':
      case 'exclusiveMinimum':
        // draft-04: a modifier, and ajv refuses it without its limit.
        return this.dialect === 'draft-04' ? typeof k === 'boolean' && typeof node[key === 'exclusiveMaximum' ? 'maximum' : 'minimum'] === 'number' : number;
      case 'multipleOf':
        return number && k > 0;
      case 'maxLength':
      case 'minLength':
      case 'maxItems':
      case 'minItems':
      case 'maxProperties':
      case 'minProperties':
        return number;
      case 'pattern':
        return typeof k === 'string' && this.patterns.get(k) !== undefined && !k.startsWith('unevaluated');
      case 'format': {
        if (typeof k !== 'string' || k.startsWith('unevaluated')) return false;
        const def = this.formats[k];
        return !(isObject(def) && (def as { async?: boolean }).async);
      }
      case 'uniqueItems':
        return typeof k === 'boolean';
      case 'items':
        return !Array.isArray(k) && this.modelledSchema(k, file, at(key));
      case 'additionalProperties':
        return this.modelledSchema(k, file, at(key));
      case 'required':
        return Array.isArray(k) && k.every((p) => typeof p === 'string' && !(p in Object.prototype) && !p.startsWith('unevaluated'));
      case 'properties':
      case 'patternProperties':
        if (!isObject(k)) return false;
        return Object.keys(k).every(
          (name) =>
            !name.startsWith('unevaluated') &&
            !(name in Object.prototype) &&
            (key === 'properties' || this.patterns.get(name) !== undefined) &&
            this.modelledSchema(k[name], file, at(key, name)),
        );
      default:
        return false;
    }
  }

  /**
   * What SchemaValidator's copy does with a value that is not a schema position: it resolves each
   * reference (an unresolvable one fails the whole copy) and ajv is not given a schema whose text
   * holds `"unevaluated`.
   */
  private copyable(value: unknown, file: ContractFile, pointer: string, names: boolean, data = false): boolean {
    if (typeof value === 'string') return !value.startsWith('unevaluated');
    if (Array.isArray(value)) return value.every((v, i) => this.copyable(v, file, `${pointer}/${i}`, false, data));
    if (!isObject(value)) return true;
    if (!data && !names && typeof value.$ref === 'string') return this.resolvable(value, file, pointer);
    for (const key of Object.keys(value)) {
      if (!data && !names && (DROPPED.has(key) || key.startsWith('x-'))) continue;
      if (key.startsWith('unevaluated')) return false;
      const asData = data || (!names && DATA.has(key));
      if (!this.copyable(value[key], file, joinPointer(pointer, key), !asData && !names && NAMED.has(key), asData)) return false;
    }
    return true;
  }

  private resolvable(node: Record<string, any>, file: ContractFile, pointer: string): boolean {
    const target = resolveAt(this.doc, node, { file, pointer });
    return isObject(target.node) && typeof target.node.$ref !== 'string';
  }

  /** The keywords of a schema as SchemaValidator's copy keeps them. */
  private keys(node: Record<string, any>): string[] {
    return Object.keys(node).filter((key) => !DROPPED.has(key) && !key.startsWith('x-') && !(key === 'nullable' && node.type === undefined));
  }

  // ---- ajv's evaluation ------------------------------------------------------------------------

  /** ajv's `alwaysValidSchema`: true, `{}`, or no keyword ajv has a rule for. */
  private alwaysValid(schema: unknown): boolean {
    if (typeof schema === 'boolean') return schema;
    if (!isObject(schema)) return false;
    if (typeof schema.$ref === 'string') return false;
    return this.planOf(schema).alwaysValid;
  }

  /**
   * The errors of one schema (none: valid). `at` is where the schema is, as a trail from the root
   * of its compile unit (its file pointer there): the schemaPath of an error is the same trail
   * from `#`. `composite`: inside anyOf/oneOf/not, where ajv collects errors rather than returns.
   */
  private schema(node: unknown, file: ContractFile, at: Trail, value: unknown, instance: Trail, composite: boolean, depth: number): readonly AjvError[] {
    if (depth > MAX_DEPTH) throw new GiveUp();
    if (node === true) return NONE;
    if (!isObject(node)) throw new GiveUp();
    if (typeof node.$ref === 'string') {
      // SchemaValidator's lazy ref: a target ajv cannot compile passes.
      const target = resolveAt(this.doc, node, { file, pointer: pointerOf(at) });
      if (!isObject(target.node)) throw new GiveUp();
      if (!this.isModelled(target.node, target.at.file, target.at.pointer)) throw new GiveUp();
      const errors = this.schema(target.node, target.at.file, target.at.pointer, value, instance, false, depth + 1);
      if (errors.length === 0) return NONE;
      const schemaPath = `${schemaPathOf(at)}/${REF}`;
      return errors.map((e) => ({ ...e, schemaPath }));
    }
    const type = jsonType(value);
    if (type === undefined) throw new GiveUp();
    const plan = this.planOf(node);
    const typeError = (): AjvError => ({
      instancePath: pointerOf(instance),
      schemaPath: `${schemaPathOf(at)}/type`,
      keyword: 'type',
      params: { type: node.type },
    });
    if (plan.typeFirst && !plan.types.some((t) => matchesType(t, type, value))) {
      // Inside a branch ajv goes on to the untyped keywords after a type error; not modelled.
      if (composite && plan.untypedCode) throw new GiveUp();
      return [typeError()];
    }
    const ctx: Ctx = { node, file, at, value, type, instance, composite, depth };
    for (const group of plan.groups) {
      let errors: readonly AjvError[] = NONE;
      if (!group.type || matchesType(group.type, type, value)) {
        for (const keyword of group.keywords) {
          errors = this.keyword(keyword, ctx);
          if (errors.length > 0) break;
        }
      } else if (group.typeError) errors = [typeError()];
      if (errors.length > 0) return errors;
    }
    return NONE;
  }

  /** What ajv's compiled code for a schema does, in order: computed once per schema node. */
  private planOf(node: Record<string, any>): Plan {
    let plan = this.plans.get(node);
    if (plan) return plan;
    const present = new Set(this.keys(node));
    const types: string[] = node.type === undefined ? [] : Array.isArray(node.type) ? [...node.type] : [node.type];
    // OpenAPI 3.0's `nullable` adds null to a type (the copy drops it where there is none).
    if (types.length > 0 && !types.includes('null') && node.nullable === true) types.push('null');
    const uses = (group: AjvRules['rules'][number]) => group.rules.some((r) => present.has(r.keyword));
    // ajv checks the type first unless a single type's own keywords will (then it reports after them).
    const single = types.length === 1 ? this.rules.rules.find((g) => g.type === types[0]) : undefined;
    const typeFirst = types.length > 0 && !(single && uses(single));
    const groups = this.rules.rules.filter(uses).map((group) => ({
      type: group.type,
      keywords: group.rules.map((r) => r.keyword).filter((k) => present.has(k) && !NO_CODE.has(k)),
      typeError: !typeFirst && types.length === 1 && types[0] === group.type,
    }));
    const untypedCode = groups.some((g) => !g.type && g.keywords.length > 0);
    const alwaysValid = ![...present].some((key) => key in this.rules.all);
    plan = { types, typeFirst, groups, untypedCode, alwaysValid };
    this.plans.set(node, plan);
    return plan;
  }

  private keyword(key: string, ctx: Ctx): readonly AjvError[] {
    const { node, file, at, value, type, instance, composite, depth } = ctx;
    const k = node[key];
    const fail = (params: Record<string, unknown>): AjvError[] => [
      { instancePath: pointerOf(instance), schemaPath: `${schemaPathOf(at)}/${key}`, keyword: key, params },
    ];
    /** A subschema at `key` (and `name`), judging `v` at `step` below the value (the value itself without). */
    const sub = (s: unknown, name: string | number | undefined, v: unknown, step: string | number | undefined, inComposite: boolean) => {
      const here: Trail = { up: at, segment: key };
      return this.schema(
        s,
        file,
        name === undefined ? here : { up: here, segment: name },
        v,
        step === undefined ? instance : { up: instance, segment: step },
        inComposite,
        depth + 1,
      );
    };
    switch (key) {
      case 'enum':
        return (k as unknown[]).some((e) => equal(e, value)) ? NONE : fail({ allowedValues: k });
      case 'const':
        return equal(k, value) ? NONE : fail({ allowedValue: k });
      case 'not': {
        if (this.alwaysValid(k)) return fail({});
        return sub(k, undefined, value, undefined, true).length === 0 ? fail({}) : NONE;
      }
      case 'allOf': {
        const list = k as unknown[];
        for (let i = 0; i < list.length; i++) {
          if (this.alwaysValid(list[i])) continue;
          const errors = sub(list[i], i, value, undefined, composite);
          if (errors.length > 0) return errors;
        }
        return NONE;
      }
      case 'anyOf': {
        const list = k as unknown[];
        if (list.some((s) => this.alwaysValid(s))) return NONE;
        const errors: AjvError[] = [];
        for (let i = 0; i < list.length; i++) {
          const branch = sub(list[i], i, value, undefined, true);
          if (branch.length === 0) return NONE;
          errors.push(...branch);
        }
        return [...errors, ...fail({})];
      }
      case 'oneOf': {
        const list = k as unknown[];
        const errors: AjvError[] = [];
        let passing: number | number[] | null = null;
        let valid = false;
        for (let i = 0; i < list.length; i++) {
          let ok = true;
          if (!this.alwaysValid(list[i])) {
            const branch = sub(list[i], i, value, undefined, true);
            errors.push(...branch);
            ok = branch.length === 0;
          }
          // ajv stops at the second passing branch.
          if (i > 0 && ok && valid) return [...errors, ...fail({ passingSchemas: [passing, i] })];
          if (ok) {
            valid = true;
            passing = i;
          }
        }
        return valid ? NONE : [...errors, ...fail({ passingSchemas: passing })];
      }
      case 'maximum':
      case 'minimum': {
        const exclusive = this.dialect === 'draft-04' && node[key === 'maximum' ? 'exclusiveMaximum' : 'exclusiveMinimum'] === true;
        const v = value as number;
        const ok = key === 'maximum' ? (exclusive ? v < k : v <= k) : exclusive ? v > k : v >= k;
        return ok ? NONE : fail({ comparison: key === 'maximum' ? (exclusive ? '<' : '<=') : exclusive ? '>' : '>=', limit: k });
      }
      case 'exclusiveMaximum':
      case 'exclusiveMinimum': {
        if (this.dialect === 'draft-04') return NONE;
        const v = value as number;
        const ok = key === 'exclusiveMaximum' ? v < k : v > k;
        return ok ? NONE : fail({ comparison: key === 'exclusiveMaximum' ? '<' : '>', limit: k });
      }
      case 'multipleOf': {
        // ajv with multipleOfPrecision: 9.
        const quotient = (value as number) / k;
        return Math.abs(Math.round(quotient) - quotient) > 1e-9 ? fail({ multipleOf: k }) : NONE;
      }
      case 'maxLength':
        return ucs2length(value as string) > k ? fail({ limit: k }) : NONE;
      case 'minLength':
        return ucs2length(value as string) < k ? fail({ limit: k }) : NONE;
      case 'pattern':
        return this.patterns.get(k)!.test(value as string) ? NONE : fail({ pattern: k });
      case 'format':
        return this.format(k, type, value) ? NONE : fail({ format: k });
      case 'maxItems':
        return (value as unknown[]).length > k ? fail({ limit: k }) : NONE;
      case 'minItems':
        return (value as unknown[]).length < k ? fail({ limit: k }) : NONE;
      case 'uniqueItems': {
        if (!k) return NONE;
        const items = value as unknown[];
        for (let i = 1; i < items.length; i++) for (let j = 0; j < i; j++) if (equal(items[i], items[j])) throw new GiveUp();
        return NONE;
      }
      case 'items': {
        if (this.alwaysValid(k)) return NONE;
        const items = value as unknown[];
        for (let i = 0; i < items.length; i++) {
          const errors = sub(k, undefined, items[i], i, composite);
          if (errors.length > 0) return errors;
        }
        return NONE;
      }
      case 'maxProperties':
        return Object.keys(value as object).length > k ? fail({ limit: k }) : NONE;
      case 'minProperties':
        return Object.keys(value as object).length < k ? fail({ limit: k }) : NONE;
      case 'required': {
        const missing = (k as string[]).find((p) => (value as Record<string, unknown>)[p] === undefined);
        return missing === undefined ? NONE : fail({ missingProperty: missing });
      }
      case 'additionalProperties': {
        if (this.alwaysValid(k)) return NONE;
        const declared: Record<string, unknown> = isObject(node.properties) ? node.properties : {};
        const patterns = isObject(node.patternProperties) ? Object.keys(node.patternProperties).map((p) => this.patterns.get(p)!) : [];
        const object = value as Record<string, unknown>;
        for (const name of Object.keys(object)) {
          if ((Object.hasOwn(declared, name) && name !== '__proto__') || patterns.some((re) => re.test(name))) continue;
          if (k === false) return fail({ additionalProperty: name });
          const errors = sub(k, undefined, object[name], name, composite);
          if (errors.length > 0) return errors;
        }
        return NONE;
      }
      case 'properties': {
        const object = value as Record<string, unknown>;
        for (const name of Object.keys(k)) {
          if (name === '__proto__' || this.alwaysValid(k[name]) || object[name] === undefined) continue;
          const errors = sub(k[name], name, object[name], name, composite);
          if (errors.length > 0) return errors;
        }
        return NONE;
      }
      case 'patternProperties': {
        const object = value as Record<string, unknown>;
        for (const pattern of Object.keys(k)) {
          if (this.alwaysValid(k[pattern])) continue;
          const re = this.patterns.get(pattern)!;
          for (const name of Object.keys(object)) {
            if (!re.test(name)) continue;
            const errors = sub(k[pattern], pattern, object[name], name, composite);
            if (errors.length > 0) return errors;
          }
        }
        return NONE;
      }
      default:
        throw new GiveUp();
    }
  }

  /** ajv's `format`: an unknown format passes (strict: false); a format checks only values of its type. */
  private format(name: string, type: JsonType, value: unknown): boolean {
    const check = formatCheck(this.formats, name, type);
    if (check === undefined) throw new GiveUp();
    return check === true || (typeof check === 'function' ? check(value) : check.test(value as string));
  }
}

interface Plan {
  types: string[];
  /** ajv checks the type before any keyword. */
  typeFirst: boolean;
  /** The rule groups the schema uses, in ajv's order, each with its keywords that have code. */
  groups: Array<{ type?: string; keywords: string[]; typeError: boolean }>;
  /** The untyped group has keywords with code. */
  untypedCode: boolean;
  /** ajv's `alwaysValidSchema`: no keyword ajv has a rule for. */
  alwaysValid: boolean;
}

interface Ctx {
  node: Record<string, any>;
  file: ContractFile;
  at: Trail;
  value: unknown;
  type: JsonType;
  instance: Trail;
  composite: boolean;
  depth: number;
}

/**
 * A JSON pointer kept as its segments until it is read: walking a valid value builds thousands of
 * them and reads none. The root is the pointer text the trail starts from.
 */
type Trail = string | { up: Trail; segment: string | number };

const NONE: readonly AjvError[] = Object.freeze([]);

function segmentsOf(trail: Trail): { root: string; segments: string[] } {
  const segments: string[] = [];
  while (typeof trail !== 'string') {
    segments.push(String(trail.segment));
    trail = trail.up;
  }
  return { root: trail, segments: segments.reverse() };
}

/** The trail as a JSON pointer from its root. */
function pointerOf(trail: Trail): string {
  const { root, segments } = segmentsOf(trail);
  return root + segments.map((s) => `/${escapeSegment(s)}`).join('');
}

/** The trail as ajv's schemaPath: from `#` of its compile unit, each segment URI-escaped. */
function schemaPathOf(trail: Trail): string {
  return `#${segmentsOf(trail)
    .segments.map((s) => `/${escapeFragment(s)}`)
    .join('')}`;
}

/** ajv's data type check (`checkDataType`, strictNumbers off). */
function matchesType(t: string, type: JsonType, value: unknown): boolean {
  if (t === 'integer') return type === 'number' && Number.isInteger(value);
  return t === type;
}
