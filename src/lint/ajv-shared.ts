// What SchemaValidator's copy of a schema, its precheck and its ajv error model must agree on:
// one definition each, since a difference between them would be a wrong verdict.
import equalImport from 'ajv/dist/runtime/equal.js';
import ucs2lengthImport from 'ajv/dist/runtime/ucs2length.js';

/** A CommonJS module's export: under NodeNext a default export arrives as the module object. */
export const cjs = <T>(m: unknown): T => ((m as { default?: T }).default ?? m) as T;
/** ajv's deep equality (enum, const, uniqueItems). */
export const equal = cjs<(a: unknown, b: unknown) => boolean>(equalImport);
/** ajv's string length in code points (minLength, maxLength). */
export const ucs2length = cjs<(s: string) => number>(ucs2lengthImport);

/** Keywords no validation reads: the copy leaves them out, so ajv neither compiles nor misreads them. */
export const DROPPED = new Set(['example', 'examples', 'description', 'title', 'externalDocs', 'xml', 'discriminator', 'id', '$id']);
/** Keywords whose values are data, copied as they are (a `$ref` inside an enum is no reference). */
export const DATA = new Set(['enum', 'const', 'default']);
/** Keywords whose values are maps from names to schemas: their keys are names, not keywords. */
export const NAMED = new Set(['properties', 'patternProperties', 'definitions', '$defs', 'dependentSchemas']);
/** The JSON Schema type names ajv accepts. */
export const TYPES = new Set(['null', 'boolean', 'number', 'integer', 'string', 'array', 'object']);
/** How deep the precheck and the model follow a value before they leave it to ajv. */
export const MAX_DEPTH = 64;

/** Patterns as ajv compiles them (unicode flag), each once; undefined for one that does not compile. */
export class UnicodePatterns {
  private readonly compiled = new Map<string, RegExp | undefined>();

  get(pattern: string): RegExp | undefined {
    if (!this.compiled.has(pattern)) {
      let re: RegExp | undefined;
      try {
        re = new RegExp(pattern, 'u');
      } catch {
        re = undefined;
      }
      this.compiled.set(pattern, re);
    }
    return this.compiled.get(pattern);
  }
}
