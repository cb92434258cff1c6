import type { ContractDocument, ContractFile } from '../contracts/load.js';
import { isObject } from '../lint/helpers.js';

/** A schema with its refs followed. */
function resolved(doc: ContractDocument, schema: unknown, file: ContractFile): Record<string, any> {
  const node = doc.deref(schema, file, '').node;
  return isObject(node) ? node : {};
}

function typeOf(schema: Record<string, any>): string | undefined {
  const type = Array.isArray(schema.type) ? schema.type.find((t: unknown) => t !== 'null') : schema.type;
  if (typeof type === 'string') return type;
  if (isObject(schema.properties)) return 'object';
  return undefined;
}

const FORMATS: Record<string, string> = {
  uuid: '3f0c6a52-8f5e-4c1a-9d1e-7b6f0a2c4d11',
  'date-time': '2026-01-15T09:30:00Z',
  date: '2026-01-15',
  email: 'verify@example.com',
  uri: 'https://example.com/',
  hostname: 'example.com',
};

/**
 * A value the schema accepts, as a client would send it: the contract's example, default or
 * first enum value, else the simplest value of its type within its bounds. Objects carry their
 * required properties only.
 */
export function sampleValue(doc: ContractDocument, schema: unknown, file: ContractFile, depth = 0): unknown {
  const s = resolved(doc, schema, file);
  if (s.example !== undefined) return s.example;
  if (Array.isArray(s.examples) && s.examples.length > 0) return s.examples[0];
  if (s.default !== undefined) return s.default;
  if (s.const !== undefined) return s.const;
  if (Array.isArray(s.enum) && s.enum.length > 0) return s.enum[0];
  for (const key of ['allOf', 'oneOf', 'anyOf']) {
    if (Array.isArray(s[key]) && s[key].length > 0 && depth < 8) {
      if (key !== 'allOf') return sampleValue(doc, s[key][0], file, depth + 1);
      return Object.assign({}, ...s.allOf.map((part: unknown) => sampleValue(doc, part, file, depth + 1)));
    }
  }
  switch (typeOf(s)) {
    case 'integer':
    case 'number':
      return typeof s.minimum === 'number' ? s.minimum : typeof s.exclusiveMinimum === 'number' ? s.exclusiveMinimum + 1 : 1;
    case 'boolean':
      return true;
    case 'array':
      return depth < 8 ? Array.from({ length: typeof s.minItems === 'number' ? s.minItems : 1 }, () => sampleValue(doc, s.items, file, depth + 1)) : [];
    case 'object': {
      const out: Record<string, unknown> = {};
      const properties = isObject(s.properties) ? s.properties : {};
      for (const name of Array.isArray(s.required) ? s.required : []) {
        if (depth < 8) out[name] = sampleValue(doc, properties[name] ?? {}, file, depth + 1);
      }
      return out;
    }
    default: {
      const text = FORMATS[s.format] ?? 'archway-verify';
      const min = typeof s.minLength === 'number' ? s.minLength : 0;
      const max = typeof s.maxLength === 'number' ? s.maxLength : Infinity;
      return text.padEnd(min, 'x').slice(0, max);
    }
  }
}

/** A different value of the same schema, for a second body (an Idempotency-Key reused with another payload). */
export function otherValue(value: unknown): unknown {
  if (typeof value === 'string') return value === '' ? '2' : `${value.slice(0, -1)}${value.endsWith('2') ? '3' : '2'}`;
  if (typeof value === 'number') return value + 1;
  if (typeof value === 'boolean') return !value;
  if (isObject(value)) {
    const [key] = Object.keys(value);
    return key === undefined ? value : { ...value, [key]: otherValue(value[key]) };
  }
  return value;
}

/** A value the parameter's schema plainly refuses (a word for a number, a value outside an enum), or undefined when there is none. */
export function invalidValue(doc: ContractDocument, schema: unknown, file: ContractFile): string | undefined {
  const s = resolved(doc, schema, file);
  if (Array.isArray(s.enum) && s.enum.every((v: unknown) => typeof v === 'string')) return 'archway-not-in-enum';
  const type = typeOf(s);
  if (type === 'integer' || type === 'number') return 'not-a-number';
  if (type === 'boolean') return 'not-a-boolean';
  if (s.format === 'uuid' || s.format === 'date' || s.format === 'date-time') return `not-a-${s.format}`;
  return undefined;
}

/** An id nobody created, in the parameter's own format so that the answer is 404, not 400. */
export function unknownId(doc: ContractDocument, schema: unknown, file: ContractFile): string | undefined {
  const s = resolved(doc, schema, file);
  const type = typeOf(s);
  if (type === 'integer' || type === 'number') return String(typeof s.maximum === 'number' ? s.maximum : 2147480000);
  if (s.format === 'uuid') return 'ffffffff-ffff-4fff-bfff-ffffffffffff';
  if (Array.isArray(s.enum) || typeof s.pattern === 'string') return undefined;
  const id = 'archway-unknown-id';
  if ((typeof s.minLength === 'number' && s.minLength > id.length) || (typeof s.maxLength === 'number' && s.maxLength < id.length)) return undefined;
  return id;
}

/** A JSON body the operation accepts, from its request body's JSON schema; undefined when it takes none. */
export function requestBody(doc: ContractDocument, op: { info: { node: Record<string, any>; at: { file: ContractFile; pointer: string } } }): unknown {
  const body = doc.deref(op.info.node.requestBody, op.info.at.file, `${op.info.at.pointer}/requestBody`);
  const content = isObject(body.node) && isObject(body.node.content) ? body.node.content : {};
  const type = Object.keys(content).find((t) => t === 'application/json' || t.endsWith('+json'));
  return type === undefined ? undefined : sampleValue(doc, content[type]?.schema ?? {}, body.file);
}
