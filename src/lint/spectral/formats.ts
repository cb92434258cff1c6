/** Spectral's document formats (@stoplight/spectral-formats), by the names rulesets write. */
type Detector = (document: unknown) => boolean;

const isPlain = (d: unknown): d is Record<string, unknown> => d !== null && typeof d === 'object' && !Array.isArray(d);
const version = (d: unknown, key: string, re: RegExp) => isPlain(d) && key in d && re.test(String(d[key]));
const oas3 = (d: unknown) => isPlain(d) && 'openapi' in d && Number.parseInt(String(d.openapi)) === 3;
const aas2 = (d: unknown) => version(d, 'asyncapi', /^2\.(0|[1-9][0-9]*)\.(0|[1-9][0-9]*)$/);
const aas3 = (d: unknown) => version(d, 'asyncapi', /^3\.(0|[1-9][0-9]*)\.(0|[1-9][0-9]*)$/);
const SCHEMA_DRAFT = /^https?:\/\/json-schema.org\/(?:draft-0([467])|draft\/(20(?:19-09|20-12)))\/(?:hyper-)?schema#?$/;
const jsonSchema = (d: unknown) => isPlain(d) && typeof d.$schema === 'string' && d.$schema.includes('//json-schema.org/');
const TYPES = ['array', 'boolean', 'integer', 'null', 'number', 'object', 'string'];

/** The dialect a JSON Schema names in `$schema` (`draft7`, `draft2020-12`), or null. */
export function detectDialect(schema: unknown): string | null {
  if (!jsonSchema(schema)) return null;
  const match = SCHEMA_DRAFT.exec((schema as { $schema: string }).$schema);
  return match ? `draft${match[1] ?? match[2]}` : null;
}

const draft = (name: string) => (d: unknown) => detectDialect(d) === name;

const FORMATS: Record<string, Detector> = {
  oas2: (d) => isPlain(d) && 'swagger' in d && Number.parseInt(String(d.swagger)) === 2,
  oas3,
  oas3_0: (d) => oas3(d) && /^3\.0(?:\.[0-9]*)?$/.test(String((d as Record<string, unknown>).openapi)),
  oas3_1: (d) => oas3(d) && /^3\.1(?:\.[0-9]*)?$/.test(String((d as Record<string, unknown>).openapi)),
  oas3_2: (d) => oas3(d) && /^3\.2(?:\.[0-9]*)?$/.test(String((d as Record<string, unknown>).openapi)),
  aas2,
  asyncapi2: aas2,
  asyncApi2: aas2,
  aas3,
  ...Object.fromEntries(
    [0, 1, 2, 3, 4, 5, 6].map((m) => [`aas2_${m}`, (d: unknown) => aas2(d) && version(d, 'asyncapi', new RegExp(`^2\\.${m}(?:\\.[0-9]*)?$`))]),
  ),
  aas3_0: (d) => aas3(d) && version(d, 'asyncapi', /^3\.0(?:\.[0-9]*)?$/),
  aas3_1: (d) => aas3(d) && version(d, 'asyncapi', /^3\.1(?:\.[0-9]*)?$/),
  'json-schema': jsonSchema,
  'json-schema-loose': (d) =>
    isPlain(d) &&
    (jsonSchema(d) ||
      (typeof d.type === 'string' && TYPES.includes(d.type)) ||
      (Array.isArray(d.type) && d.type.every((t) => TYPES.includes(t as string))) ||
      Array.isArray(d.enum) ||
      ['allOf', 'oneOf', 'anyOf', 'not', 'if'].some((k) => typeof d[k] === 'object' && d[k] !== null)),
  'json-schema-draft4': draft('draft4'),
  'json-schema-draft6': draft('draft6'),
  'json-schema-draft7': draft('draft7'),
  'json-schema-draft-2019-09': draft('draft2019-09'),
  'json-schema-draft-2020-12': draft('draft2020-12'),
};

/** A format name as YAML rulesets write it (`oas3.1` is `oas3_1`), or undefined when Spectral has no such format. */
export function formatName(name: string): string | undefined {
  const mangled = name.replace(/\./g, '_');
  return mangled in FORMATS ? mangled : undefined;
}

export function matchesFormat(name: string, document: unknown): boolean {
  return (FORMATS[name] ?? custom.get(name)?.detect)?.(document) ?? false;
}

export const FORMAT_NAMES = Object.keys(FORMATS).sort();

/** Spectral's `displayName` of each format (its `unrecognized-format` message lists them); aliases share their format's. */
const DISPLAY: Record<string, string> = {
  oas2: 'OpenAPI 2.0 (Swagger)',
  oas3: 'OpenAPI 3.x',
  oas3_0: 'OpenAPI 3.0.x',
  oas3_1: 'OpenAPI 3.1.x',
  oas3_2: 'OpenAPI 3.2.x',
  aas2: 'AsyncAPI 2.x',
  aas3: 'AsyncAPI 3.x',
  ...Object.fromEntries([0, 1, 2, 3, 4, 5, 6].map((m) => [`aas2_${m}`, `AsyncAPI 2.${m}.x`])),
  aas3_0: 'AsyncAPI 3.0.x',
  aas3_1: 'AsyncAPI 3.1.x',
  'json-schema': 'JSON Schema',
  'json-schema-loose': 'JSON Schema (loose)',
  'json-schema-draft4': 'JSON Schema Draft 4',
  'json-schema-draft6': 'JSON Schema Draft 6',
  'json-schema-draft7': 'JSON Schema Draft 7',
  'json-schema-draft-2019-09': 'JSON Schema Draft 2019-09',
  'json-schema-draft-2020-12': 'JSON Schema Draft 2020-12',
};

/** One name per format: `asyncapi2` and `asyncApi2` are Spectral's `aas2` itself. */
export function canonicalFormat(name: string): string {
  return name === 'asyncapi2' || name === 'asyncApi2' ? 'aas2' : name;
}

export function formatDisplayName(name: string): string {
  return DISPLAY[canonicalFormat(name)] ?? custom.get(name)?.display ?? name;
}

/** Format functions a JS ruleset brings that are none of Spectral's: Spectral calls each on the document, and so does archway. */
const custom = new Map<string, { fn: unknown; detect: Detector; display: string }>();
const BY_DISPLAY = new Map(Object.entries(DISPLAY).map(([name, display]) => [display, name]));

/**
 * The name of a format a JS ruleset gives as a function. Spectral's own (imported from
 * @stoplight/spectral-formats, where `oas3` is a function named `isOas3`) are known by their
 * `displayName`; any other function is called on the document, as Spectral calls it.
 */
export function functionFormatName(fn: (document: unknown, source: string | null) => unknown): string {
  const display = (fn as { displayName?: unknown }).displayName;
  const known = typeof display === 'string' ? BY_DISPLAY.get(display) : undefined;
  if (known) return known;
  for (const [name, entry] of custom) if (entry.fn === fn) return name;
  const name = `custom-format-${custom.size + 1}`;
  const detect = (document: unknown) => {
    try {
      return Boolean(fn(document, null));
    } catch {
      return false; // a format that throws recognises nothing
    }
  };
  custom.set(name, { fn, detect, display: typeof display === 'string' ? display : fn.name || name });
  return name;
}

/** The formats Spectral's own rulesets register, in the order of their rules (@stoplight/spectral-rulesets 1.23). */
export const PEER_FORMATS: Record<'spectral:oas' | 'spectral:asyncapi', readonly string[]> = {
  'spectral:oas': ['oas2', 'oas3', 'oas3_0', 'oas3_1', 'oas3_2'],
  'spectral:asyncapi': ['aas2_0', 'aas2_1', 'aas2_2', 'aas2_3', 'aas2_4', 'aas2_5', 'aas2_6', 'aas3_0', 'aas3_1', 'aas2', 'aas3'],
};

/**
 * @stoplight/spectral-formats as a JS ruleset `require`s it: archway's detectors under Spectral's
 * export names, each with Spectral's `displayName` (by which `functionFormatName` knows it).
 */
export const SPECTRAL_FORMATS_MODULE: Readonly<Record<string, unknown>> = {
  ...Object.fromEntries(
    [
      ['oas2', 'oas2'],
      ['oas3', 'oas3'],
      ['oas3_0', 'oas3_0'],
      ['oas3_1', 'oas3_1'],
      ['oas3_2', 'oas3_2'],
      ['aas2', 'aas2'],
      ['asyncApi2', 'aas2'],
      ['asyncapi2', 'aas2'],
      ...[0, 1, 2, 3, 4, 5, 6].map((m) => [`aas2_${m}`, `aas2_${m}`]),
      ['aas3', 'aas3'],
      ['aas3_0', 'aas3_0'],
      ['aas3_1', 'aas3_1'],
      ['jsonSchema', 'json-schema'],
      ['jsonSchemaLoose', 'json-schema-loose'],
      ['jsonSchemaDraft4', 'json-schema-draft4'],
      ['jsonSchemaDraft6', 'json-schema-draft6'],
      ['jsonSchemaDraft7', 'json-schema-draft7'],
      ['jsonSchemaDraft2019_09', 'json-schema-draft-2019-09'],
      ['jsonSchemaDraft2020_12', 'json-schema-draft-2020-12'],
    ].map(([exported, name]) => {
      const detect = (document: unknown) => FORMATS[name](document);
      return [exported, Object.assign(detect, { displayName: DISPLAY[name] })];
    }),
  ),
  detectDialect,
};
