import AjvImport, { type ValidateFunction } from 'ajv';
import { cjs } from '../ajv-shared.js';
import type { RulesetFunction } from './types.js';

// The bundled ajv, not a second copy required from node_modules.
const Ajv = cjs<new (options: object) => { compile(schema: object): ValidateFunction }>(AjvImport);

/** What `createRulesetFunction` of @stoplight/spectral-core takes: JSON Schemas of the input and the options (null: none). */
interface FunctionSchemas {
  input: object | null;
  errorOnInvalidInput?: boolean;
  options: object | null;
}

type CreateRulesetFunction = (schemas: FunctionSchemas, fn: RulesetFunction) => RulesetFunction & { validator(options: unknown): void };

let ajv: { compile(schema: object): ValidateFunction } | undefined;

/** The ajv spectral-core validates functions' inputs and options with (its options, without the keywords it adds). */
function compile(schema: object): ValidateFunction {
  ajv ??= new Ajv({ allErrors: true, allowUnionTypes: true, strict: true, keywords: ['x-internal'] });
  return ajv.compile(schema);
}

/** Whether a schema needs what spectral-core adds to its ajv: ajv-errors' `errorMessage`, ajv-formats' formats. */
const needsPlugins = (schema: object | null) => schema !== null && /"(errorMessage|format)"/.test(JSON.stringify(schema));

const isObject = (value: unknown): value is object => (value !== null && typeof value === 'object') || typeof value === 'function';

/**
 * spectral-core's `createRulesetFunction`, which custom functions of published rulesets (OWASP's)
 * are built with: loading spectral-core for it costs a quarter of a second. The input and options
 * are checked by schema as spectral-core checks them; options it refuses are handed to
 * spectral-core's own function, so the error is its own (when it is installed), and schemas that
 * need its ajv plugins are left to it whole (`real`).
 */
export function rulesetFunctionFactory(real: () => CreateRulesetFunction): CreateRulesetFunction {
  return function createRulesetFunction(schemas, fn) {
    if (needsPlugins(schemas.input) || needsPlugins(schemas.options)) return real()(schemas, fn);
    const validateOptions = schemas.options === null ? (options: unknown) => options === null : compile(schemas.options);
    const validateInput = schemas.input === null ? undefined : compile(schemas.input);
    const valid = new WeakSet<object>();
    const validator = (options: unknown) => {
      if (isObject(options) && valid.has(options)) return;
      if (validateOptions(options)) {
        if (isObject(options)) valid.add(options);
        return;
      }
      let create: CreateRulesetFunction;
      try {
        create = real();
      } catch {
        throw new Error(`"${fn.name || '<unknown>'}" function: its options are not valid`);
      }
      create(schemas, fn).validator(options);
    };
    const wrapped = (input: unknown, options: unknown, ...rest: [Parameters<RulesetFunction>[2]]) => {
      // Without ajv-errors' `errorMessage`, spectral-core's message for an invalid input is this one.
      if (validateInput?.(input) === false) return schemas.errorOnInvalidInput ? [{ message: 'invalid input' }] : undefined;
      validator(options);
      return fn(input, options, ...rest);
    };
    Object.defineProperty(wrapped, 'name', { value: fn.name });
    Object.defineProperty(wrapped, 'schemas', { enumerable: false, value: { input: schemas.input, options: schemas.options } });
    return Object.assign(wrapped, { validator });
  };
}
