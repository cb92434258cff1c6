import { printValue } from '../message.js';
import type { FunctionResult } from '../types.js';
import { coreFunction, isObject, noOptions } from './options.js';

function dataType(value: unknown, checkForInteger: boolean): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  if (typeof value === 'number') return checkForInteger && Number.isInteger(value) ? 'integer' : 'number';
  return typeof value;
}

const accepts = (input: unknown) =>
  isObject(input) &&
  Array.isArray(input.enum) &&
  (typeof input.type === 'string' || (Array.isArray(input.type) && input.type.every((t) => typeof t === 'string')));

/** spectral:oas's typedEnum: every enum value has the schema's type (`nullable` adds null on OAS 3.0, `x-nullable` on OAS 2). */
export const typedEnum = coreFunction('typedEnum', accepts, noOptions('typedEnum'), (input, _opts, { path, document }) => {
  const schema = input as { enum: unknown[]; type: string | string[]; nullable?: unknown; 'x-nullable'?: unknown };
  const root = document.data as Record<string, unknown> | null;
  const oas30 = typeof root?.openapi === 'string' && /^3\.0(?:\.[0-9]*)?$/.test(root.openapi);
  const oas2 = root?.swagger !== undefined && Number.parseInt(String(root.swagger)) === 2;
  const nullable = (schema.nullable === true && oas30) || (schema['x-nullable'] === true && oas2);
  const type = nullable ? [...(Array.isArray(schema.type) ? schema.type : [schema.type]), 'null'] : schema.type;
  const checkForInteger = type === 'integer' || (Array.isArray(type) && type.includes('integer'));
  const results: FunctionResult[] = [];
  schema.enum.forEach((value, i) => {
    const valueType = dataType(value, checkForInteger);
    if (valueType === type || (Array.isArray(type) && type.includes(valueType))) return;
    results.push({ message: `Enum value ${printValue(value)} must be "${String(type)}".`, path: [...path, 'enum', i] });
  });
  return results.length > 0 ? results : undefined;
});
