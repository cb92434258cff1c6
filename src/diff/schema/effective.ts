import type { DiffSide } from '../side.js';

/** A subschema and the pointer segments from the schema that holds it. */
export interface SchemaRef {
  node: unknown;
  segs: string[];
}

export interface Bound {
  value: number;
  exclusive: boolean;
}

/**
 * A schema as it validates, not as it is written: `allOf` members merged, a single-branch
 * `oneOf`/`anyOf` folded in, `nullable`/`type: [.., null]`/`x-nullable` reduced to one flag.
 * Comparing this instead of the syntax is what keeps "moved into allOf" and "wrapped in a
 * one-branch oneOf" from being reported as changes (oasdiff #766, #314).
 */
export interface Effective {
  /** Sorted, without "null"; empty means any type. */
  types: string[];
  nullable: boolean;
  format?: string;
  /** Allowed values without null; undefined when unrestricted. */
  enum?: unknown[];
  maxLength?: number;
  minLength?: number;
  maxItems?: number;
  minItems?: number;
  maximum?: Bound;
  minimum?: Bound;
  pattern?: string;
  uniqueItems: boolean;
  hasDefault: boolean;
  default?: unknown;
  readOnly: boolean;
  writeOnly: boolean;
  deprecated: boolean;
  required: Set<string>;
  properties: Map<string, SchemaRef>;
  additional: 'any' | 'none' | SchemaRef;
  items?: SchemaRef;
  branches?: { keyword: 'oneOf' | 'anyOf'; list: SchemaRef[] };
  discriminator?: string;
  /** `x-extensible-enum: false`: the contract promises its enum is complete (see response-closed-enum-value-added). */
  closedEnum: boolean;
  /** Segments to the allOf member that supplied a keyword, for pointing at it; absent = the schema itself. */
  at?: Map<string, string[]>;
}

type Obj = Record<string, unknown>;
interface Layer {
  node: Obj;
  segs: string[];
  nullable: boolean;
  branches?: Effective['branches'];
}

const EMPTY: Obj = {};
/** The segments of a keyword on the schema itself (shared, never mutated). */
const HERE: string[] = [];
const cache = new WeakMap<object, Effective>();
const layerCache = new WeakMap<object, Layer[]>();
const expanding = new Set<object>();

export function isObject(value: unknown): value is Obj {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The dereferenced schema object; `true`, `{}` and anything unusable mean "any value". */
export function schemaNode(side: DiffSide, raw: unknown): Obj {
  const node = side.deref(raw);
  return isObject(node) ? node : EMPTY;
}

export function effective(side: DiffSide, raw: unknown): Effective {
  const node = schemaNode(side, raw);
  let result = cache.get(node);
  if (!result) {
    result = build(layers(side, node));
    cache.set(node, result);
  }
  return result;
}

/** The node and its allOf members (recursively), each with the segments that reach it. */
function layers(side: DiffSide, node: Obj): Layer[] {
  // Most schemas compose nothing: one layer, nothing to cache or guard.
  if (node.allOf === undefined && node.oneOf === undefined && node.anyOf === undefined) return [{ node, segs: HERE, nullable: isNullable(node) }];
  const cached = layerCache.get(node);
  if (cached) return cached;
  // An allOf cycle (A allOf B, B allOf A) contributes each member once.
  if (expanding.has(node)) return [];
  expanding.add(node);
  const own: Layer = { node, segs: HERE, nullable: isNullable(node) };
  const result = [own];
  const members: SchemaRef[] = [];
  if (Array.isArray(node.allOf)) node.allOf.forEach((m, i) => members.push({ node: m, segs: ['allOf', String(i)] }));
  for (const keyword of ['oneOf', 'anyOf'] as const) {
    const list = node[keyword];
    if (!Array.isArray(list)) continue;
    const real = list.map((b, i) => ({ node: b, segs: [keyword, String(i)] })).filter((b) => !isNullBranch(schemaNode(side, b.node)));
    if (real.length < list.length) own.nullable = true;
    if (real.length === 1) members.push(real[0]);
    else if (real.length > 1 && !own.branches) own.branches = { keyword, list: real };
  }
  for (const member of members) {
    for (const layer of layers(side, schemaNode(side, member.node))) {
      result.push({ ...layer, segs: [...member.segs, ...layer.segs] });
    }
  }
  expanding.delete(node);
  layerCache.set(node, result);
  return result;
}

function isNullable(node: Obj): boolean {
  return (
    node.nullable === true ||
    node['x-nullable'] === true ||
    (Array.isArray(node.type) && node.type.includes('null')) ||
    (Array.isArray(node.enum) && node.enum.includes(null))
  );
}

function isNullBranch(node: Obj): boolean {
  return node.type === 'null' || (Array.isArray(node.type) && node.type.length === 1 && node.type[0] === 'null');
}

/** Keywords merged across layers in one pass over each layer's own keys. */
function build(all: Layer[]): Effective {
  const e: Effective = {
    types: [],
    nullable: false,
    uniqueItems: false,
    hasDefault: false,
    readOnly: false,
    writeOnly: false,
    deprecated: false,
    closedEnum: false,
    required: NO_NAMES,
    properties: NO_PROPERTIES,
    additional: 'any',
  };
  let types: string[] | undefined;
  let objectLike = false;
  let arrayLike = false;
  for (const layer of all) {
    const n = layer.node;
    // Keywords from the node itself need no entry: their place is the schema.
    const mark = (key: string) => layer.segs !== HERE && (e.at ??= new Map()).set(key, layer.segs);
    if (layer.nullable) e.nullable = true;
    if (layer.branches && !e.branches) e.branches = layer.branches;
    for (const key in n) {
      const value = n[key];
      switch (key) {
        case 'type': {
          const own = typesOf(value);
          if (own.length === 0) break;
          if (!types) mark(key);
          types = types ? intersectTypes(types, own) : own;
          break;
        }
        case 'format':
        case 'pattern':
          if (e[key] === undefined && typeof value === 'string') {
            e[key] = value;
            mark(key);
          }
          break;
        case 'enum':
        case 'const': {
          const values = key === 'enum' ? (Array.isArray(value) ? value.filter((v) => v !== null) : undefined) : value === null ? [] : [value];
          if (!values) break;
          if (!e.enum) mark('enum');
          e.enum = e.enum ? intersectValues(e.enum, values) : values;
          break;
        }
        case 'maxLength':
        case 'maxItems':
        case 'minLength':
        case 'minItems':
          if (typeof value === 'number') {
            const known = e[key];
            if (known === undefined) mark(key);
            e[key] = known === undefined ? value : key.startsWith('max') ? Math.min(known, value) : Math.max(known, value);
          }
          break;
        case 'maximum':
        case 'exclusiveMaximum':
          if (!e.maximum && (e.maximum = bound(n, 'maximum', 'exclusiveMaximum'))) mark('maximum');
          break;
        case 'minimum':
        case 'exclusiveMinimum':
          if (!e.minimum && (e.minimum = bound(n, 'minimum', 'exclusiveMinimum'))) mark('minimum');
          break;
        case 'uniqueItems':
        case 'readOnly':
        case 'writeOnly':
        case 'deprecated':
          if (value === true) e[key] = true;
          break;
        case 'default':
          if (!e.hasDefault) {
            e.hasDefault = true;
            e.default = value;
            mark(key);
          }
          break;
        case 'required':
          if (Array.isArray(value)) {
            if (e.required === NO_NAMES) e.required = new Set();
            for (const name of value) if (typeof name === 'string') e.required.add(name);
          }
          break;
        case 'properties':
          objectLike = true;
          if (isObject(value)) addProperties(e, layer, value);
          break;
        case 'additionalProperties':
          objectLike = true;
          if (value === false) e.additional = 'none';
          else if (e.additional === 'any' && isObject(value) && Object.keys(value).length > 0) {
            e.additional = { node: value, segs: [...layer.segs, key] };
            mark(key);
          }
          break;
        case 'items':
          arrayLike = true;
          if (!e.items && isObject(value)) {
            e.items = { node: value, segs: [...layer.segs, key] };
            mark(key);
          }
          break;
        case 'x-extensible-enum':
          if (value === false) e.closedEnum = true;
          break;
        case 'discriminator':
          if (e.discriminator === undefined && isObject(value) && typeof value.propertyName === 'string') {
            e.discriminator = value.propertyName;
            mark(key);
          }
          break;
      }
    }
  }
  // No `type` anywhere: the keywords say what it is.
  e.types = types ? (types.length > 1 ? [...new Set(types)].sort() : types) : objectLike ? ['object'] : arrayLike ? ['array'] : [];
  return e;
}

const NO_NAMES: Set<string> = new Set();
const NO_PROPERTIES: Map<string, SchemaRef> = new Map();

function bound(node: Obj, key: string, exclusiveKey: string): Bound | undefined {
  const exclusive = node[exclusiveKey];
  // 3.1 writes an exclusive bound as a number; 3.0 as a boolean beside the bound.
  if (typeof exclusive === 'number') return { value: exclusive, exclusive: true };
  const value = node[key];
  return typeof value === 'number' ? { value, exclusive: exclusive === true } : undefined;
}

function typesOf(type: unknown): string[] {
  if (typeof type === 'string') return type === 'null' ? [] : [type];
  if (Array.isArray(type)) return type.filter((t): t is string => typeof t === 'string' && t !== 'null');
  return [];
}

/** integer ∩ number = integer. */
function intersectTypes(a: string[], b: string[]): string[] {
  const result = a.filter((t) => b.includes(t) || (t === 'integer' && b.includes('number')));
  if (a.includes('number') && b.includes('integer') && !result.includes('integer')) result.push('integer');
  return result;
}

function intersectValues(a: unknown[], b: unknown[]): unknown[] {
  const keys = new Set(b.map(valueKey));
  return a.filter((v) => keys.has(valueKey(v)));
}

/** The same property in two allOf members must satisfy both: an allOf of the two. */
function addProperties(e: Effective, layer: Layer, properties: Obj): void {
  if (e.properties === NO_PROPERTIES) e.properties = new Map();
  for (const name in properties) {
    const node = properties[name];
    const seen = e.properties.get(name);
    const segs = layer.segs === HERE ? ['properties', name] : [...layer.segs, 'properties', name];
    e.properties.set(name, seen ? { node: { allOf: [seen.node, node] }, segs: seen.segs } : { node, segs });
  }
}

/** Identity of an enum value: JSON text, so 1 and "1" stay apart. */
export function valueKey(value: unknown): string {
  return JSON.stringify(value) ?? 'undefined';
}
