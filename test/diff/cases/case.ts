/**
 * The pinned cases of the diff checks: one file per check (test/diff/cases/<id>.ts) naming the
 * pair that triggers it and the pair that must not. Mirrored checks (`*-added`/`*-removed`,
 * `*-became-required`/`*-became-optional`) share one pair: the mirror swaps base and revision.
 * The exact output of every pair is pinned in cases.golden.txt.
 */

/** The day sunsets are judged against, unless a case says otherwise. */
export const CASE_TODAY = '2025-06-01';

/** A base/revision pair of complete documents and the behaviour it pins. */
export interface Case {
  name: string;
  base: string;
  revision: string;
  /** The day the policy judges sunsets against; defaults to CASE_TODAY. */
  today?: string;
  stability?: string;
}

/** `triggers` reports the check at its level; `passes` does not; `more` are boundary cases. */
export interface CheckCases {
  triggers: Case;
  passes: Case;
  more?: Case[];
}

/** The same pair under another name (another check reads it). */
export function named(pair: Case, name: string): Case {
  return { ...pair, name };
}

/** The pair the other way round: what one check reports as added, its mirror reports as removed. */
export function mirror(pair: Case, name: string): Case {
  return { ...pair, name, base: pair.revision, revision: pair.base };
}
