import type { AnyCheck, Level } from './check.js';
import { CHECKS } from './checks/index.js';
import type { ChangeEvent, EventType } from './events.js';
import { applyPolicy, type PolicyOptions } from './policy.js';

/** An event a check accepted, at the level the policy gave it. */
export interface Reported {
  check: AnyCheck;
  event: ChangeEvent;
  level: Level;
  policy?: string;
}

const indexes = new WeakMap<readonly AnyCheck[], Map<EventType, AnyCheck[]>>();

function index(checks: readonly AnyCheck[]): Map<EventType, AnyCheck[]> {
  let byEvent = indexes.get(checks);
  if (!byEvent) {
    byEvent = new Map();
    for (const check of checks) byEvent.set(check.event, [...(byEvent.get(check.event) ?? []), check]);
    indexes.set(checks, byEvent);
  }
  return byEvent;
}

/** Each event goes only to the checks subscribed to its type; nothing walks the documents again. */
export function runChecks(events: readonly ChangeEvent[], options: PolicyOptions, checks: readonly AnyCheck[] = CHECKS): Reported[] {
  const byEvent = index(checks);
  const reported: Reported[] = [];
  for (const event of events) {
    for (const check of byEvent.get(event.type) ?? []) {
      // The index guarantees check.event === event.type; TypeScript cannot see through the map.
      const typed = check as { applies(e: ChangeEvent): boolean };
      if (!typed.applies(event)) continue;
      reported.push({ check, event, ...applyPolicy(check.level, check.tags?.includes('removal') === true, event, options) });
    }
  }
  return reported;
}
