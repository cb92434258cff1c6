import { InputError, inputError, type InputProblem } from '../core/input-error.js';
import { parseDay } from '../core/dates.js';
import { compareLocations } from '../core/diagnostic.js';
import type { AnyCheck, Level } from './check.js';
import { CHECKS } from './checks/index.js';
import type { PolicyOptions } from './policy.js';
import { runChecks } from './registry.js';
import { summarize, toChanges, type Change, type DiffSummary } from './result.js';
import { planRollout, type RolloutPlan } from './rollout.js';
import type { DiffSide } from './side.js';
import { compareEventDocuments } from './walk/asyncapi.js';
import { compareDocuments } from './walk/document.js';

export type { AnyCheck, ChangeExample, CheckTag, DiffCheck, Level } from './check.js';
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
  /**
   * One plan per breaking change, in the order of `changes`; for event contracts also per
   * warning (a new enum value or message type): strict consumers must be ready first.
   */
  rollout: RolloutPlan[];
}

/** Compares two versions of a contract: every change, its level after policy, and a rollout plan per breaking one. */
export function diffContracts(base: DiffSide, revision: DiffSide, options: DiffOptions): DiffResult {
  // Sunsets are compared to `today` as strings: only a real YYYY-MM-DD orders right.
  if (parseDay(options.today) === undefined) throw new TypeError(`today must be a day as YYYY-MM-DD, got "${options.today}"`);
  const events = isAsyncApi(base);
  if (events !== isAsyncApi(revision))
    throw inputError(revision.file, `is ${events ? 'not ' : ''}an AsyncAPI document, but ${base.file} is${events ? '' : ' not'}: compare like with like`);
  let changes: Change[];
  try {
    const found = (events ? compareEventDocuments : compareDocuments)(base, revision);
    // A `$ref` that leads nowhere would be compared as an empty schema ("object to any"): the input is unusable instead.
    const unresolved: InputProblem[] = [...(base.unresolved?.() ?? []), ...(revision.unresolved?.() ?? [])];
    if (unresolved.length > 0) throw new InputError(unresolved.sort((a, b) => compareLocations(a.location, b.location)));
    changes = toChanges(runChecks(found, options), base, revision);
  } catch (error) {
    // Schemas are compared recursively; thousands of nested levels are hostile input, not a crash.
    if (error instanceof RangeError) throw inputError(revision.file, 'schemas are nested too deeply to compare');
    throw error;
  }
  const byId = new Map<string, AnyCheck>(CHECKS.map((c) => [c.id, c]));
  const rollout = changes
    .filter((c) => c.level === 'breaking' || (events && c.level === 'warn'))
    .map((c) => {
      const flow = c.data.direction === 'request' ? 'in' : 'out';
      const tags = byId.get(c.id)?.tags ?? [];
      const change = {
        id: c.id,
        operation: c.operation,
        message: c.message,
        flow,
        removal: tags.includes('removal'),
        incompatible: events && tags.includes('incompatible'),
      } as const;
      return planRollout(change, {
        today: options.today,
        consumers: options.consumers,
        roles: events ? EVENT_ROLES[flow] : undefined,
        transport: events ? 'events' : 'http',
      });
    });
  return { changes, summary: summarize(changes), rollout };
}

function isAsyncApi(side: DiffSide): boolean {
  return typeof side.root === 'object' && side.root !== null && 'asyncapi' in side.root;
}

/** Who owns the change and who must move: the service publishing, or the service consuming what others publish. */
const EVENT_ROLES = { out: { owner: 'producer', consumer: 'consumer' }, in: { owner: 'consumer', consumer: 'producer' } } as const;

/** True when some change is at or above `failOn`. */
export function failsAt(result: DiffResult, failOn: Exclude<Level, 'info'> | 'never'): boolean {
  if (failOn === 'never') return false;
  return failOn === 'breaking' ? result.summary.breaking > 0 : result.summary.breaking + result.summary.warn > 0;
}
