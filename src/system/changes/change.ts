import type { RuleMeta } from '../../core/rule.js';

/** A promise a design made at the `--base` ref and no longer makes: documented like a rule, for `archway explain`. */
export interface DesignChange extends RuleMeta {
  /** The design file at the base ref, then now. */
  examples: { bad: string[]; good: string[] };
}
