import type { ChangeEvent, EventType } from './events.js';

/** How a change affects existing clients. */
export type Level = 'breaking' | 'warn' | 'info';

export const LEVELS: readonly Level[] = ['breaking', 'warn', 'info'];

/**
 * A before/after excerpt for `archway explain`: only the lines that change, not whole documents.
 * The complete pairs that pin each check live under test/diff/cases; a meta-test keeps these
 * excerpts equal to what changes there. An empty side means the lines are absent.
 */
export interface ChangeExample {
  /** The behaviour, as a sentence ("removing a deprecated parameter after its sunset is not breaking"). */
  name: string;
  base: string;
  revision: string;
}

/**
 * Facts about a check that the engine acts on: a `removal` is not breaking once the element was
 * deprecated and its Sunset has passed; an `incompatible` event change cannot be absorbed in
 * place, so its rollout moves to a new versioned channel.
 */
export type CheckTag = 'removal' | 'incompatible';

/**
 * One breaking-change check: it subscribes to one event type, keeps the events its predicate
 * accepts (by direction and area) and reports them at its level. Declarative so docs,
 * the registry and the meta-test read everything from the object.
 */
export interface DiffCheck<T extends EventType = EventType> {
  /** kebab-case, equal to the file name (oasdiff's taxonomy: direction, area, action). */
  id: string;
  event: T;
  level: Level;
  tags?: readonly CheckTag[];
  /** One sentence: what the check detects. */
  description: string;
  /** Why it matters to clients. */
  rationale: string;
  /** How to make the change safely. */
  fix: string;
  applies(event: ChangeEvent<T>): boolean;
  message(event: ChangeEvent<T>): string;
  /** `bad` reports this check at its level, `good` does not. */
  examples: { bad: ChangeExample; good: ChangeExample };
}

/** Any check, whatever its event type. */
export type AnyCheck = { [K in EventType]: DiffCheck<K> }[EventType];

export function defineCheck<T extends EventType>(check: DiffCheck<T>): DiffCheck<T> {
  return check;
}
