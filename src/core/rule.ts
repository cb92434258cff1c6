import type { Severity } from './diagnostic.js';

/** What every rule, check and analyser says about itself; docs and presets are generated from it. */
export interface RuleMeta {
  /** kebab-case, equal to the file name. */
  id: string;
  /** Rule family: constraints, boundaries, errors, pagination, resilience, … */
  category: string;
  severity: Severity;
  /** One sentence: what the rule checks. */
  description: string;
  /** Why it matters, a short paragraph. */
  rationale: string;
  /** How to fix a finding, one or two sentences. */
  fix: string;
  /** RFCs, guideline sections, books. */
  references?: string[];
  /** What a config may set beside the rule's severity (`{ severity: warn, allowedValues: [...] }`). */
  options?: Readonly<Record<string, RuleOption>>;
}

/** One option of a rule: its shape, what it does, and the value it has when a config leaves it out. */
export interface RuleOption {
  /** `strings`: a list of strings; `strings-by-key`: a mapping of lists of strings; `severity`: error, warn or off. */
  kind: 'boolean' | 'strings' | 'strings-by-key' | 'severity';
  description: string;
  default: RuleOptionValue;
}

export type RuleOptionValue = boolean | string | readonly string[] | Readonly<Record<string, readonly string[]>>;
