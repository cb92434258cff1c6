import { inputError } from '../core/input-error.js';
import type { Level } from './check.js';
import { CHECKS } from './checks/index.js';
import type { PolicyOptions } from './policy.js';
import { runChecks } from './registry.js';
import { summarize, toChanges, type Change, type DiffSummary } from './result.js';
import { planRollout, type RolloutPlan } from './rollout.js';
import type { DiffSide } from './side.js';
import { compareDocuments } from './walk/document.js';

export type { AnyCheck, CheckFixture, DiffCheck, Level } from './check.js';
export type { ChangeEvent, EventType, Direction, Area } from './events.js';
export type { Change, DiffSummary } from './result.js';
export type { DiffSide } from './side.js';
export { planRollout, type Flow, type RolloutChange, type RolloutPlan, type RolloutStep, type RolloutOptions } from './rollout.js';
export { CHECKS };

export interface DiffOptions extends PolicyOptions {
  /** Consumers of the contract (archway.yaml `api[].consumers`), named in rollout plans. */
  consumers?: string[];
}

export interface DiffResult {
  changes: Change[];
  summary: DiffSummary;
  /** One plan per breaking change, in the order of `changes`. */
  rollout: RolloutPlan[];
}

/** Compares two versions of a contract: every change, its level after policy, and a rollout plan per breaking one. */
export function diffContracts(base: DiffSide, revision: DiffSide, options: DiffOptions): DiffResult {
  let changes: Change[];
  try {
    changes = toChanges(runChecks(compareDocuments(base, revision), options), base, revision);
  } catch (error) {
    // Schemas are compared recursively; thousands of nested levels are hostile input, not a crash.
    if (error instanceof RangeError) throw inputError(revision.file, 'schemas are nested too deeply to compare');
    throw error;
  }
  const removals = new Set(CHECKS.filter((c) => c.removal).map((c) => c.id));
  const rollout = changes
    .filter((c) => c.level === 'breaking')
    .map((c) => {
      const flow = c.data.direction === 'request' ? 'in' : 'out';
      return planRollout({ id: c.id, operation: c.operation, message: c.message, flow, removal: removals.has(c.id) }, { today: options.today, consumers: options.consumers });
    });
  return { changes, summary: summarize(changes), rollout };
}

/** True when some change is at or above `failOn`. */
export function failsAt(result: DiffResult, failOn: Exclude<Level, 'info'> | 'never'): boolean {
  if (failOn === 'never') return false;
  return failOn === 'breaking' ? result.summary.breaking > 0 : result.summary.breaking + result.summary.warn > 0;
}
