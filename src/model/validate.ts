import AjvImport, { type ErrorObject, type ValidateFunction } from 'ajv';
import { archwaySchema } from './schema.js';
import { parseDuration, parsePercent, parseSize, UNIT_EXPECTATIONS } from './units.js';
import { getAtPointer, joinPointer, parsePointer } from '../core/pointer.js';
import type { LocateTarget } from '../core/source.js';
import { didYouMean } from './suggest.js';

// ajv is CommonJS; under NodeNext its default export arrives as the module object.
const Ajv = ((AjvImport as unknown as { default?: typeof AjvImport }).default ?? AjvImport) as unknown as typeof AjvImport.default;

export interface SchemaProblem {
  pointer: string;
  target: LocateTarget;
  message: string;
}

let compiled: ValidateFunction | undefined;

function validator(): ValidateFunction {
  if (compiled) return compiled;
  const ajv = new Ajv({ allErrors: true, strict: true, allowUnionTypes: true, verbose: true });
  ajv.addFormat('duration', { type: 'string', validate: (s: string) => parseDuration(s) !== undefined });
  ajv.addFormat('percent', { type: 'string', validate: (s: string) => parsePercent(s) !== undefined });
  ajv.addFormat('size', { type: 'string', validate: (s: string) => parseSize(s) !== undefined });
  compiled = ajv.compile(archwaySchema);
  return compiled;
}

/** Validates a design against the schema and phrases each error for a person. */
export function validateDesign(value: unknown): SchemaProblem[] {
  const validate = validator();
  if (validate(value)) return [];
  const problems = new Map<string, SchemaProblem>();
  for (const error of validate.errors ?? []) {
    const problem = describe(error, value);
    if (!problem) continue;
    const key = `${problem.pointer}\0${problem.message}`;
    if (!problems.has(key)) problems.set(key, problem);
  }
  return [...problems.values()];
}

function describe(error: ErrorObject, root: unknown): SchemaProblem | undefined {
  const pointer = error.instancePath;
  const where = pointer === '' ? 'the design file' : `\`${humanPath(pointer)}\``;
  const actual = getAtPointer(root, pointer);
  const params = error.params as Record<string, unknown>;
  switch (error.keyword) {
    case 'additionalProperties': {
      const key = String(params.additionalProperty);
      const schema = error.parentSchema as { properties?: Record<string, unknown> } | undefined;
      const known = Object.keys(schema?.properties ?? {});
      const hint = didYouMean(key, known);
      return {
        pointer: joinPointer(pointer, key),
        target: 'key',
        message: `unknown key "${key}" in ${where}${hint ? `; did you mean "${hint}"?` : ''} (allowed: ${known.join(', ')})`,
      };
    }
    case 'required':
      return { pointer, target: 'value', message: `${where} is missing the required key "${String(params.missingProperty)}"` };
    case 'type':
      return { pointer, target: 'value', message: `${where} must be ${article(String(params.type))}, got ${kindOf(actual)}` };
    case 'format': {
      const format = String(params.format) as keyof typeof UNIT_EXPECTATIONS;
      return { pointer, target: 'value', message: `${where} must be ${UNIT_EXPECTATIONS[format]}, got ${JSON.stringify(actual)}` };
    }
    case 'enum': {
      const allowed = (params.allowedValues as unknown[]).map((v) => JSON.stringify(v));
      const hint = typeof actual === 'string' ? didYouMean(actual, (params.allowedValues as unknown[]).map(String)) : undefined;
      return {
        pointer,
        target: 'value',
        message: `${where} must be one of ${allowed.join(', ')}, got ${JSON.stringify(actual)}${hint ? `; did you mean "${hint}"?` : ''}`,
      };
    }
    case 'const':
      return { pointer, target: 'value', message: `${where} must be ${JSON.stringify(params.allowedValue)}, got ${JSON.stringify(actual)}` };
    case 'pattern':
      return { pointer, target: 'value', message: `${where} must be kebab-case (lowercase letters, digits and dashes), got ${JSON.stringify(actual)}` };
    case 'minimum':
    case 'maximum':
      return {
        pointer,
        target: 'value',
        message: `${where} must be ${error.keyword === 'minimum' ? '≥' : '≤'} ${String(params.limit)}, got ${JSON.stringify(actual)}`,
      };
    case 'minLength':
      return { pointer, target: 'value', message: `${where} must not be empty` };
    case 'uniqueItems':
      return { pointer, target: 'value', message: `${where} lists the same item twice (items ${String(params.j)} and ${String(params.i)})` };
    default:
      return { pointer, target: 'value', message: `${where} ${error.message ?? 'is invalid'}` };
  }
}

/** `/dependencies/0/timeout` → `dependencies[0].timeout` */
function humanPath(pointer: string): string {
  return parsePointer(pointer).reduce((path, segment) => (/^\d+$/.test(segment) ? `${path}[${segment}]` : path ? `${path}.${segment}` : segment), '');
}

function article(type: string): string {
  const t = type.split(',').join(' or ');
  return /^[aeiou]/.test(t) ? `an ${t}` : `a ${t}`;
}

function kindOf(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'a mapping';
  return `${typeof value} ${JSON.stringify(value)}`;
}
