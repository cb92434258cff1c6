/** A path into a document, as Spectral's functions see it: keys and array indices. */
export type JsonPath = Array<string | number>;

export interface FunctionResult {
  message: string;
  path?: JsonPath;
}

/** What a ruleset function receives as its third argument (Spectral's `RulesetFunctionContext`, the parts rulesets use). */
export interface FunctionContext {
  document: { data: unknown; source: string };
  documentInventory: {
    resolved: unknown;
    unresolved: unknown;
    /** Where Spectral reports a result at this path (its shape: `document`, the existing `path` there, `missingPropertyPath`); null where its look-up fails. */
    findAssociatedItemForPath(
      path: JsonPath,
      resolved: boolean,
    ): { document: { data: unknown; source: string }; path: JsonPath; missingPropertyPath: JsonPath | undefined } | null;
    /** Every `$ref` target of the document, as `<file>#<pointer>` (Spectral's dependency graph, for unreferencedReusableObject). */
    referencedTargets: ReadonlySet<string>;
  };
  rule: { name: string; resolved: boolean; description?: string };
  path: JsonPath;
}

export type RulesetFunction = (
  input: unknown,
  options: any,
  context: FunctionContext,
) => FunctionResult[] | void | undefined | Promise<FunctionResult[] | void | undefined>;

/** A core function: its implementation and the check of its options at load time (a message when they are wrong). */
export interface CoreFunction {
  name: string;
  run: RulesetFunction;
  checkOptions(options: unknown): string | undefined;
}

export type SpectralSeverity = 'error' | 'warn' | 'info' | 'hint' | 'off';

export interface Then {
  field?: string;
  functionName: string;
  fn: RulesetFunction;
  functionOptions?: unknown;
}

export interface SpectralRule {
  name: string;
  description?: string;
  message?: string;
  severity: SpectralSeverity;
  /** Spectral's `recommended` flag: off when extended in `recommended` mode if false. */
  recommended: boolean;
  enabled: boolean;
  given: string[];
  then: Then[];
  resolved: boolean;
  formats?: string[];
  documentationUrl?: string;
  /** The ruleset file that defines it, for `explain` and messages. */
  definedIn: string;
}

/** A rule of a peer's built-in ruleset (`spectral:oas`), selected through the peer tables. */
export interface PeerSelection {
  name: string;
  enabled: boolean;
  severity: SpectralSeverity;
  archway: readonly string[];
}

export interface RulesetOverride {
  /** Globs relative to the ruleset's folder (matchBase), or a `file#/pointer` entry. */
  files: string[];
  /** The ruleset's folder, for the globs. */
  base: string;
  rules: Record<string, unknown>;
  definedIn: string;
}

/** A Spectral ruleset, loaded, validated and flattened (extends resolved). */
export interface SpectralRuleset {
  file: string;
  rules: Map<string, SpectralRule>;
  peers: Map<string, PeerSelection>;
  overrides: RulesetOverride[];
  /** Every format the ruleset, what it extends and its rules name, in Spectral's order: a document matching none gets `unrecognized-format`. */
  formats: string[];
  /** Severities of the parser's own diagnostics (Spectral's `parserOptions`; the ruleset's own, not inherited). */
  parserOptions: ParserOptions;
}

export interface ParserOptions {
  /** A key written twice in one mapping: `Duplicate key: <key>`. */
  duplicateKeys: SpectralSeverity;
  /** A YAML key that is not a string (`200:`, `true:`): `Mapping key must be a string scalar rather than number`. */
  incompatibleValues: SpectralSeverity;
}
