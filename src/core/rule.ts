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
}
