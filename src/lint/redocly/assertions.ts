/**
 * Redocly's configurable-rule assertions, with the semantics of @redocly/openapi-core 2.x
 * (`asserts` in its bundle): the value each one reads, when it stays silent, its message and
 * where it reports. Keys mode runs on the node's keys (`subject` without `property`); values mode
 * on one property.
 */
import type { ValidateFunction } from 'ajv';
import Ajv2020Import from 'ajv/dist/2020.js';
import { joinPointer } from '../../core/pointer.js';
import { isObject } from '../helpers.js';

/** Where a problem is written: a pointer in the subject's file, on the key or on the value. */
export interface AssertLocation {
  pointer: string;
  target: 'key' | 'value';
}

export interface AssertProblem {
  message: string;
  location: AssertLocation;
}

export interface AssertInput {
  /** The keys (keys mode) or the property's value, `$ref` followed. */
  value: unknown;
  /** The property as written (a `$ref` object stays one); the node itself in keys mode. */
  raw: unknown;
  /** The node's location (keys mode) or its property's. */
  base: AssertLocation;
}

type Assert = (input: AssertInput, condition: any) => AssertProblem[];

/** A Redocly regex: `/body/flags` or a bare pattern. */
export function redoclyRegex(source: string): RegExp {
  const m = /^\/(.*)\/(.*)|(.*)/s.exec(source)!;
  return new RegExp(m[1] || m[3], m[2]);
}

const CASES: Record<string, RegExp> = {
  camelCase: /^[a-z][a-zA-Z0-9]*$/,
  'kebab-case': /^([a-z][a-z0-9]*)(-[a-z0-9]+)*$/,
  snake_case: /^([a-z][a-z0-9]*)(_[a-z0-9]+)*$/,
  PascalCase: /^[A-Z][a-zA-Z0-9]+$/,
  MACRO_CASE: /^([A-Z][A-Z0-9]*)(_[A-Z0-9]+)*$/,
  'COBOL-CASE': /^([A-Z][A-Z0-9]*)(-[A-Z0-9]+)*$/,
  flatcase: /^[a-z][a-z0-9]+$/,
};
export const CASINGS = Object.keys(CASES);

// CommonJS: under NodeNext the default export arrives as the module object.
const Ajv2020 = ((Ajv2020Import as unknown as { default?: typeof Ajv2020Import.default }).default ?? Ajv2020Import) as typeof Ajv2020Import.default;

const list = (v: unknown): unknown[] => (Array.isArray(v) ? v : [v]);
const key = (base: AssertLocation): AssertLocation => ({ pointer: base.pointer, target: 'key' });
/** A scalar reports on itself; an item of a list or a key of a map on that key. */
const itemAt = (value: unknown, base: AssertLocation, item: unknown): AssertLocation =>
  typeof value === 'string' ? base : { pointer: joinPointer(base.pointer, String(item)), target: 'key' };
const count = (keys: unknown, wanted: string[]) => (Array.isArray(keys) ? wanted.filter((k) => keys.includes(k)).length : 0);

function sorted(values: unknown[], condition: any): boolean {
  const direction = condition.direction ?? condition;
  const property = condition.property;
  for (let i = 1; i < values.length; i++) {
    let current: any = values[i];
    let previous: any = values[i - 1];
    if (property) {
      if (!current?.[property] || !previous?.[property]) return false;
      current = current[property];
      previous = previous[property];
    }
    if (typeof current === 'string' && typeof previous === 'string') {
      current = current.toLowerCase();
      previous = previous.toLowerCase();
    }
    if (!(direction === 'asc' ? current >= previous : current <= previous)) return false;
  }
  return true;
}

const validators = new WeakMap<object, ValidateFunction>();
function validatorFor(schema: object): ValidateFunction {
  let validate = validators.get(schema);
  if (!validate) {
    validate = new Ajv2020({ allErrors: true, strict: false, validateFormats: false }).compile(schema);
    validators.set(schema, validate);
  }
  return validate;
}

/** In Redocly's order: a rule's problems are listed in it. */
export const ASSERTIONS: Record<string, Assert> = {
  pattern: ({ value, raw, base }, condition: string) => {
    if (value === undefined || isObject(value)) return [];
    const re = redoclyRegex(condition);
    return list(value).flatMap((s) =>
      re.test(String(s)) ? [] : [{ message: `${JSON.stringify(s)} should match a regex ${condition}`, location: patternAt(value, raw, base, s) }],
    );
  },
  notPattern: ({ value, raw, base }, condition: string) => {
    if (value === undefined || isObject(value)) return [];
    const re = redoclyRegex(condition);
    return list(value).flatMap((s) =>
      re.test(String(s)) ? [{ message: `${JSON.stringify(s)} should not match a regex ${condition}`, location: patternAt(value, raw, base, s) }] : [],
    );
  },
  enum: ({ value, base }, condition: unknown[]) =>
    value === undefined || isObject(value)
      ? []
      : list(value).flatMap((v) =>
          condition.includes(v) ? [] : [{ message: `${JSON.stringify(v)} should be one of the predefined values`, location: itemAt(value, base, v) }],
        ),
  defined: ({ value, base }, condition = true) =>
    (value !== undefined) === Boolean(condition) ? [] : [{ message: condition ? 'Should be defined' : 'Should be not defined', location: base }],
  required: ({ value, base }, condition: string[]) =>
    condition.flatMap((name) => (Array.isArray(value) && value.includes(name) ? [] : [{ message: `${name} is required`, location: key(base) }])),
  contains: ({ value, base }, condition: unknown[]) =>
    value === undefined || isObject(value)
      ? []
      : condition.flatMap((v) => (list(value).includes(v) ? [] : [{ message: `${String(v)} should be in the list`, location: base }])),
  disallowed: ({ value, base }, condition: unknown[]) =>
    value === undefined || isObject(value)
      ? []
      : list(value).flatMap((v) => (condition.includes(v) ? [{ message: `${JSON.stringify(v)} is disallowed`, location: itemAt(value, base, v) }] : [])),
  const: ({ value, base }, condition: unknown) => {
    if (value === undefined) return [];
    if (Array.isArray(value))
      return value.flatMap((v) =>
        v === condition ? [] : [{ message: `${JSON.stringify(v)} should be equal ${JSON.stringify(condition)}`, location: itemAt(value, base, v) }],
      );
    return value === condition ? [] : [{ message: `${JSON.stringify(value)} should be equal ${JSON.stringify(condition)}`, location: base }];
  },
  nonEmpty: ({ value, base }, condition = true) => {
    const empty = value === undefined || value === null || value === '' || (Array.isArray(value) && value.length === 0);
    return empty !== Boolean(condition) ? [] : [{ message: condition ? 'Should not be empty' : 'Should be empty', location: base }];
  },
  minLength: ({ value, base }, condition: number) =>
    value === undefined || (value as { length?: number }).length! >= condition
      ? []
      : [{ message: `Should have at least ${condition} characters`, location: base }],
  maxLength: ({ value, base }, condition: number) =>
    value === undefined || (value as { length?: number }).length! <= condition
      ? []
      : [{ message: `Should have at most ${condition} characters`, location: base }],
  casing: ({ value, base }, condition: string) => {
    if (value === undefined || isObject(value)) return [];
    return list(value).flatMap((s) =>
      typeof s === 'string' && CASES[condition]?.test(s) ? [] : [{ message: `${JSON.stringify(s)} should use ${condition}`, location: itemAt(value, base, s) }],
    );
  },
  sortOrder: ({ value, base }, condition: any) => {
    const direction = condition.direction ?? condition;
    if (Array.isArray(value) && value.length > 0 && isObject(value[0]) && !condition.property)
      return [{ message: 'Please define a property to sort objects by', location: base }];
    if (value === undefined || (Array.isArray(value) && sorted(value, condition))) return [];
    const by = condition.property ? ` by property ${condition.property}` : '';
    return [{ message: `Should be sorted in ${direction === 'asc' ? 'an ascending' : 'a descending'} order${by}`, location: base }];
  },
  mutuallyExclusive: ({ value, base }, condition: string[]) =>
    count(value, condition) < 2 ? [] : [{ message: `${condition.join(', ')} keys should be mutually exclusive`, location: key(base) }],
  mutuallyRequired: ({ value, base }, condition: string[]) => {
    const n = count(value, condition);
    return n === 0 || n === condition.length ? [] : [{ message: `Properties ${condition.join(', ')} are mutually required`, location: key(base) }];
  },
  requireAny: ({ value, base }, condition: string[]) =>
    count(value, condition) >= 1 ? [] : [{ message: `Should have any of ${condition.join(', ')}`, location: key(base) }],
  ref: ({ raw, base }, condition: boolean | string) => {
    if (raw === undefined) return [];
    const isRef = isObject(raw) && typeof raw.$ref === 'string';
    const at = isRef ? base : key(base);
    if (typeof condition === 'boolean') return isRef === condition ? [] : [{ message: condition ? 'should use $ref' : 'should not use $ref', location: at }];
    return isRef && redoclyRegex(condition).test(raw.$ref as string) ? [] : [{ message: `$ref value should match ${condition}`, location: at }];
  },
  schema: ({ value, base }, condition: object | boolean) => {
    if (value === undefined) return [];
    if (typeof condition === 'boolean') return condition ? [] : [{ message: 'boolean schema is false', location: base }];
    const validate = validatorFor(condition);
    if (validate(value)) return [];
    return (validate.errors ?? []).map((error) => {
      const path = error.instancePath;
      const last = path.slice(path.lastIndexOf('/') + 1);
      let message = error.keyword === 'type' ? `type ${error.message}` : (error.message ?? '');
      if (error.keyword === 'enum') message += ` ${(error.params as { allowedValues: unknown[] }).allowedValues.map((v) => `"${String(v)}"`).join(', ')}`;
      if (last) message = `\`${last}\` property ${message}`;
      const extra = error.keyword === 'additionalProperties' ? (error.params as { additionalProperty: string }).additionalProperty : undefined;
      if (extra !== undefined) message = `${message} \`${extra}\``;
      const pointer = base.pointer + path + (extra !== undefined ? `/${extra.replace(/~/g, '~0').replace(/\//g, '~1')}` : '');
      return { message, location: { pointer, target: extra !== undefined ? 'key' : 'value' } as AssertLocation };
    });
  },
};

/** pattern/notPattern: a string reports on itself; a key of a map on that key; a list item on the list. */
function patternAt(value: unknown, raw: unknown, base: AssertLocation, item: unknown): AssertLocation {
  if (typeof value === 'string') return base;
  return isObject(raw) ? { pointer: joinPointer(base.pointer, String(item)), target: 'key' } : key(base);
}

/** Assertions that read the node's keys, and those that read a property's value (both: pattern, enum…). */
export const ON_KEYS = new Set([
  'mutuallyExclusive',
  'mutuallyRequired',
  'enum',
  'pattern',
  'notPattern',
  'minLength',
  'maxLength',
  'casing',
  'sortOrder',
  'disallowed',
  'required',
  'requireAny',
  'ref',
  'const',
  'defined',
]);
export const ON_VALUES = new Set([
  'pattern',
  'notPattern',
  'enum',
  'defined',
  'nonEmpty',
  'minLength',
  'maxLength',
  'casing',
  'sortOrder',
  'ref',
  'const',
  'contains',
  'schema',
]);
