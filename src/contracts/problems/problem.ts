import type { RuleMeta } from '../../core/rule.js';

/** A finding the engines emit about an input itself rather than from a rule: documented like a rule, for `archway explain`. */
export interface ContractProblem extends RuleMeta {
  examples: { bad: string; good: string };
}
