import type { ChangeEvent, EventType } from './events.js';

/** How a change affects existing clients. */
export type Level = 'breaking' | 'warn' | 'info';

export const LEVELS: readonly Level[] = ['breaking', 'warn', 'info'];

/** A base/revision pair of complete OpenAPI documents and the behaviour it pins. */
export interface CheckFixture {
  /** The behaviour, as a sentence ("removing a deprecated parameter after its sunset is not breaking"). */
  name: string;
  base: string;
  revision: string;
  /** The day the policy judges sunsets against; defaults to FIXTURE_TODAY. */
  today?: string;
  stability?: string;
}

export const FIXTURE_TODAY = '2025-06-01';

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
  /** A removal: not breaking once the element was deprecated and its Sunset has passed. */
  removal?: boolean;
  /** One sentence: what the check detects. */
  description: string;
  /** Why it matters to clients. */
  rationale: string;
  /** How to make the change safely. */
  fix: string;
  applies(event: ChangeEvent<T>): boolean;
  message(event: ChangeEvent<T>): string;
  /** `triggers` must produce this check at its level; `passes` must not. */
  fixtures: { triggers: CheckFixture; passes: CheckFixture };
}

/** Any check, whatever its event type. */
export type AnyCheck = { [K in EventType]: DiffCheck<K> }[EventType];

export function defineCheck<T extends EventType>(check: DiffCheck<T>): DiffCheck<T> {
  return check;
}
