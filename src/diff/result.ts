import { compareLocations, compareStrings, type Location } from '../core/diagnostic.js';
import type { Level } from './check.js';
import type { Reported } from './registry.js';
import type { DiffSide } from './side.js';

/** One reported change, in the JSON shape of `archway diff --format json`. */
export interface Change {
  id: string;
  level: Level;
  /** "GET /pets/{id}", or null for document-level changes (servers, security schemes). */
  operation: string | null;
  message: string;
  /** Where the change is in the revision (for a removal: the parent that lost it). */
  location: Location;
  /** The same place in the base (for an addition: the parent that gained it). */
  base: Location | null;
  data: Record<string, unknown>;
}

export type DiffSummary = Record<Level, number>;

/** Event fields that say where, not what; everything else on an event is its payload. */
const CONTEXT = new Set([
  'type',
  'direction',
  'area',
  'operation',
  'operations',
  'via',
  'base',
  'revision',
  'deprecated',
  'sunset',
  'stability',
  'parameter',
  'status',
  'mediaType',
  'header',
  'property',
  'messageName',
]);

/** Located, de-duplicated and sorted changes: the same input gives the same bytes. */
export function toChanges(reported: readonly Reported[], base: DiffSide, revision: DiffSide): Change[] {
  const seen = new Set<string>();
  const baseAt = memo(base);
  const revAt = memo(revision);
  const changes: Change[] = [];
  for (const { check, event, level, policy } of reported) {
    const message = (check as { message(e: typeof event): string }).message(event);
    const key = [check.id, event.operation, event.base, event.revision, message].join('\0');
    if (seen.has(key)) continue;
    seen.add(key);
    const data: Record<string, unknown> = { direction: event.direction, area: event.area };
    for (const name of ['parameter', 'status', 'mediaType', 'header', 'property', 'messageName'] as const) if (event[name]) data[name] = event[name];
    for (const [name, value] of Object.entries(event)) if (!CONTEXT.has(name)) data[name] = value;
    if (event.operations && event.operations.length > 1) data.operations = [...event.operations].sort();
    if (event.via && event.via.length > 1) data.via = [...event.via].sort();
    if (policy) data.policy = policy;
    changes.push({ id: check.id, level, operation: event.operation, message, location: revAt(event.revision), base: baseAt(event.base), data });
  }
  return changes.sort(compareChanges);
}

function memo(side: DiffSide): (pointer: string) => Location {
  const cache = new Map<string, Location>();
  return (pointer) => {
    let location = cache.get(pointer);
    if (!location) cache.set(pointer, (location = side.locate(pointer)));
    return location;
  };
}

function compareChanges(a: Change, b: Change): number {
  return (
    compareLocations(a.location, b.location) ||
    compareStrings(a.id, b.id) ||
    compareStrings(a.operation ?? '', b.operation ?? '') ||
    compareStrings(a.message, b.message) ||
    compareStrings(a.base?.pointer ?? '', b.base?.pointer ?? '')
  );
}

export function summarize(changes: readonly Change[]): DiffSummary {
  const summary: DiffSummary = { breaking: 0, warn: 0, info: 0 };
  for (const change of changes) summary[change.level]++;
  return summary;
}
