import type { ContractDocument, ContractFile } from '../contracts/load.js';
import { isRef } from '../contracts/load.js';
import type { At } from '../contracts/walk.js';
import { below } from './oas-nodes.js';
import { isObject } from './helpers.js';

/**
 * The OpenAPI object each node is, as Redocly's type tree names it, for the rules that judge a
 * `$ref` by where it is written (spec-strict-refs, component-name-unique). Objects a `$ref` may
 * stand for are named; every other object (extensions included) is `Other`; free-form values
 * (examples, defaults, enums) are not entered.
 */
export type SlotKind =
  'Schema' | 'Response' | 'Parameter' | 'RequestBody' | 'Example' | 'Header' | 'SecurityScheme' | 'Link' | 'Callback' | 'PathItem' | 'Other';

/** A container: what its fields are (`*`: every value of a map, `[]`: every item of a list); `Free` is not entered. */
type Shape = Record<string, string>;
const METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'];
const SCHEMA_ONE = [
  'items',
  'additionalProperties',
  'not',
  'contains',
  'if',
  'then',
  'else',
  'propertyNames',
  'unevaluatedItems',
  'unevaluatedProperties',
  'additionalItems',
];
const SHAPES: Record<string, Shape> = {
  Root: {
    paths: 'PathItems',
    webhooks: 'PathItems',
    // Redoc's 3.0 webhooks, which Redocly types as 3.1 `webhooks`.
    'x-webhooks': 'PathItems',
    components: 'Components',
    definitions: 'Schemas',
    parameters: 'Parameters',
    responses: 'Responses',
    securityDefinitions: 'SecuritySchemes',
  },
  Components: {
    schemas: 'Schemas',
    responses: 'Responses',
    parameters: 'Parameters',
    examples: 'Examples',
    requestBodies: 'RequestBodies',
    headers: 'Headers',
    securitySchemes: 'SecuritySchemes',
    links: 'Links',
    callbacks: 'Callbacks',
    pathItems: 'PathItems',
  },
  PathItems: { '*': 'PathItem' },
  PathItem: { parameters: 'ParameterList', ...Object.fromEntries(METHODS.map((m) => [m, 'Operation'])) },
  Operation: {
    parameters: 'ParameterList',
    requestBody: 'RequestBody',
    responses: 'Responses',
    callbacks: 'Callbacks',
    // Redoc's code samples, which Redocly types (so a $ref standing for one is reported).
    'x-codeSamples': 'CodeSamples',
    'x-code-samples': 'CodeSamples',
  },
  CodeSamples: { '[]': 'CodeSample' },
  ParameterList: { '[]': 'Parameter' },
  Parameters: { '*': 'Parameter' },
  Parameter: { schema: 'Schema', content: 'Content', examples: 'Examples', example: 'Free', default: 'Free', enum: 'Free' },
  Responses: { '*': 'Response' },
  Response: { headers: 'Headers', content: 'Content', links: 'Links', schema: 'Schema', examples: 'Free' },
  RequestBodies: { '*': 'RequestBody' },
  RequestBody: { content: 'Content' },
  Content: { '*': 'MediaType' },
  MediaType: { schema: 'Schema', examples: 'Examples', example: 'Free', encoding: 'Encodings' },
  Encodings: { '*': 'Encoding' },
  Encoding: { headers: 'Headers' },
  Headers: { '*': 'Header' },
  Header: { schema: 'Schema', content: 'Content', examples: 'Examples', example: 'Free', default: 'Free', enum: 'Free' },
  Examples: { '*': 'Example' },
  Example: { value: 'Free' },
  Links: { '*': 'Link' },
  Link: { parameters: 'Free', requestBody: 'Free' },
  Callbacks: { '*': 'Callback' },
  Callback: { '*': 'PathItem' },
  SecuritySchemes: { '*': 'SecurityScheme' },
  Schemas: { '*': 'Schema' },
  SchemaList: { '[]': 'Schema' },
  Schema: {
    properties: 'Schemas',
    patternProperties: 'Schemas',
    $defs: 'Schemas',
    definitions: 'Schemas',
    dependentSchemas: 'Schemas',
    allOf: 'SchemaList',
    anyOf: 'SchemaList',
    oneOf: 'SchemaList',
    prefixItems: 'SchemaList',
    ...Object.fromEntries(SCHEMA_ONE.map((k) => [k, 'Schema'])),
    example: 'Free',
    examples: 'Free',
    default: 'Free',
    enum: 'Free',
    const: 'Free',
  },
};
const NAMED = new Set<string>(['Schema', 'Response', 'Parameter', 'RequestBody', 'Example', 'Header', 'SecurityScheme', 'Link', 'Callback', 'PathItem']);

/** Text fields: a `$ref` there stands for text (Redocly bundles a description from a file), not for an object. */
const TEXT = new Set(['description', 'summary', 'title']);

/** Maps whose keys are names (`x-request-id` is a header) take no extensions, except these. */
const EXTENSIBLE_MAPS = new Set(['PathItems', 'Responses', 'Callback']);

/** An extension is no OpenAPI object: a $ref standing for one is reported (as Redocly does), nothing inside it. */
function isExtension(shape: string, name: string): boolean {
  return name.startsWith('x-') && (SHAPES[shape]?.['*'] === undefined || EXTENSIBLE_MAPS.has(shape));
}

export interface Slot {
  kind: SlotKind;
  /** The object's name in the type tree (`MediaType`, `Responses`…; `Other` when the tree does not name it). */
  shape: string;
  /** The node as written (possibly a `$ref`) and where. */
  node: Record<string, any>;
  at: At;
  /** For a `$ref`: the node it names and where that is (undefined when it resolves nowhere). */
  target?: At;
}

/**
 * Every object of the document from the root, each with its kind, `$ref`s reported where
 * written and then followed (each target entered once per kind). Iterative: depth is no risk.
 */
export function eachSlot(doc: ContractDocument, visit: (slot: Slot) => void): void {
  const entered = new Set<string>();
  const stack: Array<{ value: unknown; shape: string; at: At }> = [{ value: doc.rootFile.root, shape: 'Root', at: { file: doc.rootFile, pointer: '' } }];
  const key = (file: ContractFile, pointer: string, shape: string) => `${shape}\0${file.path}\0${pointer}`;
  while (stack.length > 0) {
    const { value, shape, at } = stack.pop()!;
    if (!isObject(value) && !Array.isArray(value)) continue;
    const kind = (NAMED.has(shape) ? shape : 'Other') as SlotKind;
    if (isRef(value)) {
      const r = doc.deref(value, at.file, at.pointer);
      const resolvedTo = isRef(r.node) ? undefined : { file: r.file, pointer: r.pointer };
      if (!Array.isArray(value)) visit({ kind, shape, node: value, at, target: resolvedTo });
      // What an extension's $ref names is no OpenAPI object: not entered (Redocly does not type it either).
      if (resolvedTo && shape !== 'Extension' && !entered.has(key(r.file, r.pointer, shape))) {
        entered.add(key(r.file, r.pointer, shape));
        stack.push({ value: r.node, shape, at: resolvedTo });
      }
      continue;
    }
    if (!Array.isArray(value)) visit({ kind, shape, node: value, at });
    if (shape === 'Extension') continue;
    const fields = SHAPES[shape] ?? {};
    const entries = Array.isArray(value) ? value.map((v, i) => [String(i), v] as const) : Object.entries(value);
    for (let i = entries.length - 1; i >= 0; i--) {
      const [name, child] = entries[i];
      const next = Array.isArray(value)
        ? (fields['[]'] ?? 'Other')
        : (fields[name] ?? (isExtension(shape, name) ? 'Extension' : TEXT.has(name) && fields['*'] === undefined ? 'Free' : (fields['*'] ?? 'Other')));
      if (next !== 'Free') stack.push({ value: child, shape: next, at: below(at, Array.isArray(value) ? i : name) });
    }
  }
}
