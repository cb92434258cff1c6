import AjvCore, { type ErrorObject, type ValidateFunction } from 'ajv';
import Ajv2020Import from 'ajv/dist/2020.js';
import AjvDraft04Import from 'ajv-draft-04';
import addFormatsImport from 'ajv-formats';
import type { ContractDocument } from '../contracts/load.js';
import { joinPointer } from '../core/pointer.js';
import { isObject, resolveAt, type Located } from './helpers.js';
import { cjs, DATA, DROPPED, NAMED } from './ajv-shared.js';
import { AjvErrors, type AjvError, type AjvRules } from './ajv-errors.js';
import { Precheck, Verdict } from './precheck.js';

const Ajv2020 = cjs<typeof Ajv2020Import.default>(Ajv2020Import);
const AjvDraft04 = cjs<typeof AjvDraft04Import.default>(AjvDraft04Import);
const addFormats = cjs<typeof addFormatsImport.default>(addFormatsImport);
type Ajv = InstanceType<typeof AjvCore.default>;

/**
 * The JSON Schema dialect of a document's schemas: OpenAPI 3.1 uses 2020-12; 3.0's Schema Object
 * (boolean exclusiveMinimum/Maximum, `nullable`) and 2.0's are draft-04 at heart.
 */
export function dialectOf(doc: ContractDocument): '2020-12' | 'draft-04' {
  return doc.kind === 'openapi' && doc.version.startsWith('3.1') ? '2020-12' : 'draft-04';
}

/** The keyword a copied schema refers to another by: ajv calls it, and it compiles its target on first use. */
const REF = 'x-archway-ref';

class Unresolvable extends Error {}

/**
 * Validates values against the document's schemas with ajv, in its dialect, with the common
 * formats (an unknown format is no error). Whole documents are never handed to ajv: scanning a
 * large one for ids costs a second, and an example's `id` field would read as a draft-04 id.
 * Each schema is copied with its `$ref`s replaced by a keyword that compiles the target only
 * when a value reaches it, so each schema is compiled once, and once for all copies of the
 * same small schema.
 */
export class SchemaValidator {
  private readonly ajv: Ajv;
  private readonly ids = new Map<object, string>();
  private readonly pending = new Map<string, Located>();
  private readonly compiled = new Map<string, ValidateFunction | undefined>();
  private readonly byText = new Map<string, string>();
  private readonly precheck: Precheck;
  private readonly model: AjvErrors;

  constructor(private readonly doc: ContractDocument) {
    // Without messages and code optimisation ajv compiles 2–3× faster, which is most of the cost on a large API.
    const options = {
      strict: false,
      logger: false,
      validateSchema: false,
      allowUnionTypes: true,
      multipleOfPrecision: 9,
      messages: false,
      code: { optimize: false },
    } as const;
    const dialect = dialectOf(doc);
    this.ajv = addFormats(dialect === '2020-12' ? new Ajv2020(options) : new AjvDraft04(options)) as unknown as Ajv;
    const formats = this.ajv.formats as ConstructorParameters<typeof Precheck>[2];
    this.precheck = new Precheck(doc, dialect, formats);
    // ajv calls the keyword's function with its own `this`; the validator is reached through `self`.
    // eslint-disable-next-line @typescript-eslint/no-this-alias
    const self = this;
    this.ajv.addKeyword({
      keyword: REF,
      schemaType: 'string',
      errors: true,
      validate: function ref(id: string, data: unknown, _parent?: unknown, cxt?: { instancePath: string }): boolean {
        const validate = self.compile(id);
        if (!validate || validate(data)) return true;
        (ref as { errors?: ErrorObject[] }).errors = (validate.errors ?? []).map((e) => ({ ...e, instancePath: (cxt?.instancePath ?? '') + e.instancePath }));
        return false;
      },
    });
    // Read after the keyword is added: the model follows ajv's rule order, this keyword included.
    this.model = new AjvErrors(doc, dialect, formats, (this.ajv as unknown as { RULES: AjvRules }).RULES);
  }

  /** The most specific error of `value` against `schema` (ajv's, with its message), or undefined when valid or not judged. */
  check(schema: Located, value: unknown): ErrorObject | undefined {
    // Compiling is most of the cost, and most examples are valid: ajv judges only what the precheck cannot pass.
    if (this.precheck.verdict(schema, value) === Verdict.Valid) return undefined;
    // Most of the rest are invalid: their errors are worded as ajv words them, without compiling.
    const errors = this.model.errors(schema, value);
    if (errors !== undefined) return worded(errors);
    return this.checkWithAjv(schema, value);
  }

  /** `check` by ajv alone (the corpus test holds the precheck to it). */
  checkWithAjv(schema: Located, value: unknown): ErrorObject | undefined {
    const validate = this.compile(this.idOf(schema));
    if (!validate || validate(value)) return undefined;
    return worded(validate.errors ?? []);
  }

  private idOf(schema: Located): string {
    let id = this.ids.get(schema.node);
    if (id === undefined) {
      id = `urn:archway:schema:${this.ids.size}`;
      this.ids.set(schema.node, id);
      this.pending.set(id, schema);
    }
    return id;
  }

  /** The compiled schema behind an id, or undefined when ajv cannot judge it (an unresolved ref, a bad pattern). */
  private compile(id: string): ValidateFunction | undefined {
    if (this.compiled.has(id)) return this.compiled.get(id);
    const schema = this.pending.get(id)!;
    let validate: ValidateFunction | undefined;
    try {
      const text = JSON.stringify(this.copy(schema.node, schema.at.pointer, schema));
      // `unevaluated*` cannot see through the lazy refs: such a schema is not judged.
      if (text.includes('"unevaluated')) throw new Unresolvable(id);
      // Large APIs repeat small schemas (`{ type: string, format: uri }`) thousands of times.
      const same = this.byText.get(text);
      if (same === undefined) this.byText.set(text, id);
      validate = same !== undefined ? this.compile(same) : this.ajv.compile(JSON.parse(text));
    } catch {
      validate = undefined;
    }
    this.compiled.set(id, validate);
    return validate;
  }

  /** A copy of a schema with each `$ref` replaced by the id of its target, and no unused keywords. */
  private copy(value: unknown, pointer: string, from: Located, names = false): unknown {
    if (Array.isArray(value)) return value.map((v, i) => this.copy(v, `${pointer}/${i}`, from));
    if (!isObject(value)) return value;
    if (!names && typeof value.$ref === 'string') {
      const target = resolveAt(this.doc, value, { file: from.at.file, pointer });
      if (!isObject(target.node) || typeof target.node.$ref === 'string') throw new Unresolvable(value.$ref);
      return { [REF]: this.idOf(target) };
    }
    const out: Record<string, unknown> = {};
    for (const key of Object.keys(value)) {
      if (!names && (DROPPED.has(key) || key.startsWith('x-'))) continue;
      out[key] = !names && DATA.has(key) ? value[key] : this.copy(value[key], joinPointer(pointer, key), from, !names && NAMED.has(key));
    }
    // OpenAPI 3.0.3: `nullable` without `type` has no effect (ajv refuses it).
    if (!names && out.nullable !== undefined && out.type === undefined) delete out.nullable;
    return out;
  }
}

const UNITS: Record<string, string> = {
  maxLength: 'characters',
  minLength: 'characters',
  maxItems: 'items',
  minItems: 'items',
  maxProperties: 'properties',
  minProperties: 'properties',
};

/** ajv's wording for an error (compiled without messages, see above). */
function messageOf(error: ErrorObject): string {
  const p = error.params as Record<string, any>;
  switch (error.keyword) {
    case 'type':
      return `must be ${p.type}`;
    case 'required':
      return `must have required property '${p.missingProperty}'`;
    case 'additionalProperties':
      return `must NOT have additional properties ('${p.additionalProperty}')`;
    case 'enum':
      return `must be equal to one of the allowed values (${(p.allowedValues as unknown[]).map((v) => JSON.stringify(v)).join(', ')})`;
    case 'const':
      return `must be equal to constant ${JSON.stringify(p.allowedValue)}`;
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
      return `must NOT have more than ${p.limit} ${UNITS[error.keyword]}`;
    case 'minLength':
    case 'minItems':
    case 'minProperties':
      return `must NOT have fewer than ${p.limit} ${UNITS[error.keyword]}`;
    case 'multipleOf':
      return `must be multiple of ${p.multipleOf}`;
    case 'uniqueItems':
      return `must NOT have duplicate items (items ${p.j} and ${p.i} are identical)`;
    case 'oneOf':
      return 'must match exactly one schema in oneOf';
    case 'anyOf':
      return 'must match a schema in anyOf';
    case 'not':
      return 'must NOT be valid';
    default:
      return `must pass "${error.keyword}"`;
  }
}

/** The error reported for an invalid value, with ajv's wording; undefined when there is none. */
function worded(errors: readonly ErrorObject[] | readonly AjvError[]): ErrorObject | undefined {
  const error = mostSpecific(errors as readonly ErrorObject[]);
  return error && { ...error, message: messageOf(error) };
}

/** The most specific error: the deepest instance path (inside a oneOf, the branch that got furthest); the first of equals. */
function mostSpecific(errors: readonly ErrorObject[]): ErrorObject | undefined {
  return errors.reduce<ErrorObject | undefined>((best, e) => (!best || e.instancePath.length > best.instancePath.length ? e : best), undefined);
}
